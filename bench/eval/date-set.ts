import { join } from 'node:path';
import { loadSample, readJsonLines } from './corpus.ts';
import type { EvalContext } from './extractor.ts';
import { failureLines, writeFailuresTsv } from './field-failures.ts';
import { dateCase, scoreCases } from './field-score.ts';
import { rateMetric } from './fold-report.ts';
import { parseDateGold } from './meta-gold.ts';
import { ingestedOf } from './record-view.ts';
import { problemsOf, rateText, type SetReport, speedOf, writeExtractionTsv } from './set-report.ts';
import { siteOf } from './site-folds.ts';
import { atLeast, BASELINES, TARGETS } from './targets.ts';
import { runTimed } from './timed-run.ts';

/** Share of html-date pages whose publishedDate is the gold day. */
export const evalHtmlDate = (context: EvalContext): SetReport => {
  const { extract, corpusDir, outDir, timing, strip } = context;
  const setDir = join(corpusDir, 'html-date');
  const golds = readJsonLines(join(setDir, 'gold.jsonl')).map(parseDateGold);
  const samples = golds.map((g) => loadSample(join(setDir, g.file), g.file, strip));
  const run = runTimed(samples, extract, timing);
  const ours = new Map(run.outcomes.map((o) => [o.id, ingestedOf(o.result)]));
  const dateCases = golds.map((g) => dateCase(g.file, g.day, ours.get(g.file)));
  const date = scoreCases(dateCases);
  writeExtractionTsv(outDir, 'html-date', run);
  writeFailuresTsv(join(outDir, 'html-date-failures.tsv'), { date });
  return {
    set: 'html-date',
    speed: speedOf(run),
    rows: [
      {
        metric: 'date accuracy',
        ours: rateText(date),
        target: atLeast(TARGETS.dateAccuracy),
        note: BASELINES.date,
      },
    ],
    problems: problemsOf(run),
    diagnostics: failureLines('html-date date', date),
    results: { speed: speedOf(run), date },
    folds: {
      sites: new Map(golds.map((g) => [g.file, siteOf(g.url, g.file)])),
      metrics: [rateMetric('date accuracy', dateCases)],
    },
  };
};
