/**
 * `npm run eval`: scores the extractor on ../shared/corpus (html-body, html-meta,
 * html-date, seed) and on the quote articles written for the project
 * (bench/eval/quote-speakers), and prints one table of scores, targets and throughput.
 * Not part of `npm test`: the corpus lives outside the repository and nothing of it is
 * copied in. `--only SET` scores one set.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { parseEvalArgs, USAGE } from './eval/args.ts';
import { evalHtmlBody } from './eval/body-set.ts';
import { evalHtmlDate } from './eval/date-set.ts';
import { EVAL_NOW, type Extract, loadExtractor } from './eval/extractor.ts';
import { foldSet, renderFolds, type SetFolds } from './eval/fold-report.ts';
import { evalHtmlMeta } from './eval/meta-set.ts';
import { evalQuoteSpeakers, QUOTE_SET_DIR } from './eval/quote-set.ts';
import { problemLines, renderReport, reportJson } from './eval/report.ts';
import { evalSeed } from './eval/seed-set.ts';
import type { SetReport } from './eval/set-report.ts';
import { stripNote, stripSummary } from './eval/strip-markup.ts';
import { BASELINES } from './eval/targets.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const options = optionsOrExit(
  () => parseEvalArgs(process.argv.slice(2), repoRoot, process.cwd()),
  USAGE,
);
if (!existsSync(options.corpusDir) && options.only !== 'quotes') {
  console.log(`No evaluation corpus at ${options.corpusDir}, so there is nothing to score.`);
  process.exit(0);
}

const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'article-ingest-eval-'));
mkdirSync(outDir, { recursive: true });
const scorer = resolve(options.corpusDir, '../eval/score-body.mjs');
const corpus = options.corpusDir;

let extract: Extract;
try {
  extract = await loadExtractor();
} catch (error) {
  console.log(`The extractor (shared/pipeline/build-record.ts) failed to load: ${error}`);
  process.exit(1);
}

const context = {
  extract,
  corpusDir: corpus,
  outDir,
  timing: { minPasses: options.passes },
  strip: options.strip,
};
// Each set: its name, the folder that must exist for it, and how to score it.
const sets: Array<[string, string, () => SetReport]> = [
  ['html-body', join(corpus, 'html-body'), () => evalHtmlBody(context, scorer)],
  ['html-meta', join(corpus, 'html-meta'), () => evalHtmlMeta(context)],
  ['html-date', join(corpus, 'html-date'), () => evalHtmlDate(context)],
  ['seed', join(corpus, 'seed'), () => evalSeed(context)],
  ['quotes', QUOTE_SET_DIR, () => evalQuoteSpeakers(context)],
];

const reports: SetReport[] = [];
for (const [name, dir, run] of sets) {
  if (options.only !== undefined && options.only !== name) continue;
  if (!existsSync(dir)) {
    console.log(`(${name}: not in the corpus, skipped)`);
    continue;
  }
  process.stderr.write(`scoring ${name}...\n`);
  try {
    reports.push(run());
  } catch (error) {
    console.log(`${name} could not be scored: ${error instanceof Error ? error.message : error}`);
  }
}

console.log(stripSummary(options.strip));
console.log(renderReport(reports));
console.log(`(${BASELINES.speed}; timings exclude reading and scoring)`);
console.log('');
for (const report of reports) {
  if (report.diagnostics.length > 0) console.log([...report.diagnostics, ''].join('\n'));
}
const folds: SetFolds[] =
  options.folds > 0
    ? reports.flatMap((r) => (r.folds ? [foldSet(r.set, r.folds, options.folds)] : []))
    : [];
if (folds.length > 0) {
  console.log(
    `Scores on ${options.folds} folds split by site (a site's pages share a fold; ${stripNote(options.strip)}):`,
  );
  console.log(renderFolds(folds));
  console.log('(seed: one page, not folded)\n');
}
console.log(problemLines(reports).join('\n'));
console.log(`\nPredictions, per-page scores and timings: ${outDir}`);
if (options.jsonFile) {
  const meta = {
    corpus,
    strip: options.strip,
    now: EVAL_NOW.toISOString(),
    ranAt: new Date().toISOString(),
  };
  writeFileSync(options.jsonFile, `${JSON.stringify(reportJson(reports, meta, folds), null, 2)}\n`);
  console.log(`Results written to ${options.jsonFile}`);
}
