import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The adapters implement the pipeline's ports and know nothing else of it: a rule of the
 * pipeline (which record is the original, when content is offloaded) called from an
 * adapter would run in one implementation of a port and not in another.
 */
const ADAPTERS = fileURLToPath(new URL('../../../shared/adapters/', import.meta.url));
const IMPORTED = /(?:from|import\()\s*'([^']+)'/g;

const importsOf = (file: string): string[] =>
  [...readFileSync(`${ADAPTERS}${file}`, 'utf8').matchAll(IMPORTED)].map((match) => match[1] ?? '');

const adapterFiles = readdirSync(ADAPTERS).filter((file) => file.endsWith('.ts'));

describe('shared/adapters', () => {
  it('import nothing of the pipeline but its ports', () => {
    const pipelineImports = adapterFiles.flatMap((file) =>
      importsOf(file)
        .filter((path) => path.includes('pipeline/'))
        .map((path) => `${file} -> ${path}`),
    );

    expect(pipelineImports.length).toBeGreaterThan(0);
    expect(pipelineImports.filter((line) => !line.endsWith(' -> ../pipeline/ports.ts'))).toEqual(
      [],
    );
  });

  it('import one another without a cycle', () => {
    const local = new Map(
      adapterFiles.map((file) => [
        file,
        importsOf(file)
          .filter((path) => path.startsWith('./'))
          .map((path) => path.slice(2)),
      ]),
    );
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (path.includes(file)) {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      for (const next of local.get(file) ?? []) visit(next, [...path, file]);
    };
    for (const file of adapterFiles) visit(file, []);

    expect(cycles).toEqual([]);
  });
});
