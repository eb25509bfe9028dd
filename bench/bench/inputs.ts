import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type EvalSample, listFiles, loadSample } from '../eval/corpus.ts';

/** A sample with the label it is grouped under in the report (its file extension). */
export interface BenchSample extends EvalSample {
  format: string;
}

const EXTENSION = /\.([^./]+)$/u;

/** `input.html` -> `html`; a name without an extension is `other`. */
export const formatOf = (fileName: string): string =>
  EXTENSION.exec(fileName)?.[1]?.toLowerCase() ?? 'other';

/** Each golden fixture's `input.*`, id'd by its slug: inputs that ship with the repo. */
export const loadFixtureSamples = (articlesDir: string): BenchSample[] =>
  readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const dir = join(articlesDir, entry.name);
      const input = readdirSync(dir).find((name) => name.startsWith('input.'));
      if (!input) return [];
      return [{ ...loadSample(join(dir, input), entry.name), format: formatOf(input) }];
    });

/** The corpus's html-body pages, or undefined when the corpus is not beside the repo. */
export const loadCorpusBodyPages = (corpusDir: string): BenchSample[] | undefined => {
  const dir = join(corpusDir, 'html-body', 'html');
  if (!existsSync(dir)) return undefined;
  return listFiles(dir, '.html').map((path) => ({ ...loadSample(path), format: 'html' }));
};

/** Samples grouped by format, formats in name order. */
export const groupByFormat = (samples: readonly BenchSample[]): Map<string, BenchSample[]> => {
  const groups = new Map<string, BenchSample[]>();
  for (const format of [...new Set(samples.map((s) => s.format))].sort()) {
    groups.set(
      format,
      samples.filter((s) => s.format === format),
    );
  }
  return groups;
};

/** A named set of samples, one row per extractor in the report. */
export interface BenchSet {
  name: string;
  samples: BenchSample[];
}

/** The fixture inputs, one set per format, then the corpus's html-body pages if present. */
export const benchSets = (
  fixtures: readonly BenchSample[],
  corpus: BenchSample[] | undefined,
): BenchSet[] => [
  ...[...groupByFormat(fixtures)].map(([format, samples]) => ({
    name: `fixtures ${format}`,
    samples,
  })),
  ...(corpus ? [{ name: 'corpus html-body', samples: corpus }] : []),
];
