import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contentTypeFor } from '#local/uploads/content-type.ts';
import type { CostSample } from './measure-article.ts';

/** Pages on either side of the median size: one page alone is at the mercy of its quirks. */
export const MEDIAN_BAND = 9;
/** The corpus folders of whole pages as fetched (not gold texts). */
const CORPUS_PAGE_DIRS = ['html-body/html', 'html-meta/html', 'html-date/html'];

const sampleOf = (path: string): CostSample => ({
  key: `cost/${basename(path)}`,
  bytes: new Uint8Array(readFileSync(path)),
  contentType: contentTypeFor(path),
});

/** The `count` items nearest the median of `sizes`, by rank (the list sorted by size). */
export const medianBand = <T>(
  items: readonly T[],
  size: (item: T) => number,
  count: number,
): T[] => {
  const sorted = [...items].sort((a, b) => size(a) - size(b));
  const start = Math.max(0, Math.floor((sorted.length - count) / 2));
  return sorted.slice(start, start + count);
};

/** What the model is run on, and where it came from. */
export interface CostInputs {
  seed: { samples: CostSample[]; from: string };
  median: { samples: CostSample[]; from: string };
  notes: string[];
}

/**
 * The seed article (`<corpus>/seed/*.txt`) and the corpus pages around the median size,
 * read where they are, never copied. Without the corpus: the fixture written in the
 * seed's layout, and the fixtures' HTML pages around their median, and a note saying so.
 */
export const loadCostInputs = (corpusDir: string, articlesDir: string): CostInputs => {
  const notes: string[] = [];
  const seedDir = join(corpusDir, 'seed');
  const seedFiles = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(seedDir, name))
    : [];
  const seed =
    seedFiles.length > 0
      ? { samples: seedFiles.map(sampleOf), from: 'the seed article (corpus seed/)' }
      : {
          samples: [sampleOf(join(articlesDir, 'text-seed-layout/input.txt'))],
          from: 'fixture text-seed-layout',
        };
  if (seedFiles.length === 0)
    notes.push(`No seed at ${seedDir}: the seed line uses the fixture text-seed-layout.`);

  const pages = CORPUS_PAGE_DIRS.flatMap((dir) => {
    const full = join(corpusDir, dir);
    return existsSync(full)
      ? readdirSync(full)
          .filter((name) => name.endsWith('.html'))
          .map((name) => join(full, name))
      : [];
  });
  let median: CostInputs['median'];
  if (pages.length > 0) {
    const band = medianBand(pages, (path) => statSync(path).size, MEDIAN_BAND);
    median = {
      samples: band.map(sampleOf),
      from: `${band.length} corpus pages around the median size of ${pages.length}`,
    };
  } else {
    const fixtures = readdirSync(articlesDir)
      .map((slug) => join(articlesDir, slug, 'input.html'))
      .filter((path) => existsSync(path));
    const band = medianBand(fixtures, (path) => statSync(path).size, MEDIAN_BAND);
    median = {
      samples: band.map(sampleOf),
      from: `${band.length} fixture HTML pages around their median size`,
    };
    notes.push(
      `No corpus pages under ${corpusDir}: the median line uses the fixtures' HTML pages.`,
    );
  }
  return { seed, median, notes };
};
