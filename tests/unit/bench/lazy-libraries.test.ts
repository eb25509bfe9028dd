import { describe, expect, it } from 'vitest';
import { ingestBundleInputs, repoFile } from './bundled-sources.ts';

/** Loaded on first use through shared/formats/lazy-libraries.cjs, never at the function's start. */
const LAZY = ['marked', 'yaml', 'fflate'];
const LOADER = 'shared/formats/lazy-libraries.cjs';

/** A value import (or re-export) of one of the lazy libraries: evaluated when the bundle loads. */
const eagerImport = (library: string): RegExp =>
  new RegExp(`^(?:import|export)\\s+(?!type\\b)[^;]*from\\s*['"]${library}['"]`, 'm');

describe('libraries only some files need', async () => {
  const inputs = await ingestBundleInputs();

  it('are not in the bundle, and our code imports them for their types only', () => {
    const eager = inputs.ours.flatMap(({ path, text }) =>
      LAZY.filter((library) => eagerImport(library).test(text)).map((lib) => `${path}: ${lib}`),
    );

    expect(inputs.packages.some((path) => path.startsWith('htmlparser2/'))).toBe(true);
    expect(
      inputs.packages.filter((path) => LAZY.some((lib) => path.startsWith(`${lib}/`))),
    ).toEqual([]);
    expect(eager).toEqual([]);
    expect(eagerImport('marked').test("import { lexer } from 'marked';")).toBe(true);
    expect(eagerImport('marked').test("import type { Token } from 'marked';")).toBe(false);
  });

  it('are required by the loader only inside a function, so loading it loads none of them', () => {
    const exported = repoFile(LOADER)
      .split(/^exports\./m)
      .slice(1);
    const requiring = exported.filter((statement) => /\brequire\('/.test(statement));

    expect(
      requiring.flatMap((s) => [...s.matchAll(/\brequire\('([^']+)'\)/g)].map((m) => m[1])),
    ).toEqual(LAZY);
    for (const statement of requiring) expect(statement).toMatch(/^require\w+ = \(\) =>/);
  });
});
