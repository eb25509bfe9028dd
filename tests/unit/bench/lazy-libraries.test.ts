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

  it('are bundled, but never imported for their values by our code, only their types', () => {
    const eager = inputs.ours.flatMap(({ path, text }) =>
      LAZY.filter((library) => eagerImport(library).test(text)).map((lib) => `${path}: ${lib}`),
    );

    expect(LAZY.every((lib) => inputs.packages.some((path) => path.startsWith(`${lib}/`)))).toBe(
      true,
    );
    expect(eager).toEqual([]);
    expect(eagerImport('marked').test("import { lexer } from 'marked';")).toBe(true);
    expect(eagerImport('marked').test("import type { Token } from 'marked';")).toBe(false);
  });

  it('are required by the loader only inside a function, so loading it loads none of them', () => {
    const loader = repoFile(LOADER);
    const requires = [...loader.matchAll(/^(.*)require\('([^']+)'\)/gm)];

    expect(requires.map((match) => match[2])).toEqual(LAZY);
    for (const [, before] of requires) expect(before).toMatch(/= \(\) => $/);
  });
});
