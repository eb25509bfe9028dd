import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  macroF1,
  type PageCells,
  type PageScore,
  parsePageCells,
  parsePageScores,
  worstPages,
} from './body-pages.ts';
import { listFiles, loadSample, readTsvMap } from './corpus.ts';
import type { EvalContext } from './extractor.ts';
import type { FoldInput } from './fold-report.ts';
import { ingestedOf } from './record-view.ts';
import {
  type Problem,
  problemsOf,
  type SetReport,
  speedOf,
  writeExtractionTsv,
} from './set-report.ts';
import { siteOf } from './site-folds.ts';
import { formatScore } from './table.ts';
import { atLeast, BASELINES, TARGETS } from './targets.ts';
import { runTimed } from './timed-run.ts';

/** How many of the lowest-F1 pages to list for diagnosis. */
const WORST_COUNT = 10;

interface ScorerResult {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  f1_std?: number;
}

/** Runs ../shared/eval/score-body.mjs on a folder of predictions, as its README shows. */
const runScorer = (scorer: string, predDir: string, goldDir: string, outDir: string) => {
  const jsonFile = join(outDir, 'html-body-scores.json');
  const tsvFile = join(outDir, 'html-body-per-page.tsv');
  const args = [scorer, predDir, goldDir, '--json', jsonFile, '--per-page', tsvFile, '--quiet'];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`score-body.mjs failed: ${child.stderr || child.stdout}`);
  const result = JSON.parse(readFileSync(jsonFile, 'utf8')) as ScorerResult;
  const tsv = readFileSync(tsvFile, 'utf8');
  return { result, pages: parsePageScores(tsv), cells: parsePageCells(tsv) };
};

/** Body F1 on any subset of pages, scored as the scorer scores the whole set. */
const bodyFolds = (cells: readonly PageCells[], urls: ReadonlyMap<string, string>): FoldInput => ({
  sites: new Map(cells.map((c) => [c.id, siteOf(urls.get(c.id), c.id)])),
  metrics: [
    {
      metric: 'body F1',
      scoreOf: (ids) => {
        const inside = cells.filter((c) => ids.has(c.id));
        return { score: inside.length > 0 ? macroF1(inside) : Number.NaN, pages: inside.length };
      },
    },
  ],
});

const WORD = /[\p{L}\p{N}_]+/gu;
const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

interface PageContext {
  urls: Map<string, string>;
  problems: readonly Problem[];
  predicted: Map<string, string>;
  goldDir: string;
}

/** One line per page: F1, P / R, our and the gold word counts, why empty, the URL. */
const worstLines = (worst: readonly PageScore[], context: PageContext): string[] => {
  const why = new Map(context.problems.map((p) => [p.id, ` [${p.what}]`]));
  const lines = worst.map((p) => {
    const gold = readFileSync(join(context.goldDir, `${p.id}.txt`), 'utf8');
    const words = `${wordCount(context.predicted.get(p.id) ?? '')}/${wordCount(gold)} words`;
    const scores = `${formatScore(p.f1)}  ${formatScore(p.precision)} / ${formatScore(p.recall)}`;
    return `  ${scores}  ${words.padEnd(15)} ${p.id.slice(0, 12)}  ${context.urls.get(p.id) ?? ''}${why.get(p.id) ?? ''}`;
  });
  return [
    `html-body: the ${worst.length} worst pages (F1  P / R  ours/gold words  id  url):`,
    ...lines,
  ];
};

/** Scores `body` on html-body: predictions go to OUT/html-body/pred/<id>.txt. */
export const evalHtmlBody = (
  { extract, corpusDir, outDir, timing, strip }: EvalContext,
  scorer: string,
): SetReport => {
  const setDir = join(corpusDir, 'html-body');
  const samples = listFiles(join(setDir, 'html'), '.html').map((path) =>
    loadSample(path, undefined, strip),
  );
  const run = runTimed(samples, extract, timing);
  const predDir = join(outDir, 'html-body', 'pred');
  mkdirSync(predDir, { recursive: true });
  const predicted = new Map(run.outcomes.map((o) => [o.id, ingestedOf(o.result)?.body ?? '']));
  for (const [id, body] of predicted) writeFileSync(join(predDir, `${id}.txt`), body);
  writeExtractionTsv(outDir, 'html-body', run);
  const speed = speedOf(run);
  const problems = problemsOf(run);
  if (!existsSync(scorer)) {
    const note = `scorer not found at ${scorer}`;
    return {
      set: 'html-body',
      speed,
      rows: [{ metric: 'body F1', ours: '-', note }],
      problems,
      diagnostics: [],
      results: { speed },
    };
  }
  const { result, pages, cells } = runScorer(scorer, predDir, join(setDir, 'gold'), outDir);
  const urls = readTsvMap(join(setDir, 'urls.tsv'));
  const worst = worstPages(pages, WORST_COUNT);
  const stdNote = result.f1_std === undefined ? '' : ` (F1 +-${formatScore(result.f1_std)})`;
  return {
    set: 'html-body',
    speed,
    rows: [
      {
        metric: 'body F1',
        ours: formatScore(result.f1),
        target: atLeast(TARGETS.bodyF1),
        note: BASELINES.body,
      },
      { metric: 'body precision', ours: formatScore(result.precision) },
      { metric: 'body recall', ours: formatScore(result.recall) },
      {
        metric: 'body exact pages',
        ours: formatScore(result.accuracy),
        note: `${result.pages} pages${stdNote}`,
      },
    ],
    problems,
    diagnostics: worstLines(worst, { urls, problems, predicted, goldDir: join(setDir, 'gold') }),
    results: { ...result, speed, worst: worst.map((p) => ({ ...p, url: urls.get(p.id) })) },
    folds: bodyFolds(cells, urls),
  };
};
