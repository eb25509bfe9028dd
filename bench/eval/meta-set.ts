import { join } from 'node:path';
import { loadSample, readJsonLines } from './corpus.ts';
import type { EvalContext } from './extractor.ts';
import { failureLines, writeFailuresTsv } from './field-failures.ts';
import { authorCase, dateCase, type MetaPrediction, scoreCases, titleCase } from './field-score.ts';
import { rateMetric } from './fold-report.ts';
import { parseMetaGold } from './meta-gold.ts';
import { ingestedOf } from './record-view.ts';
import { problemsOf, rateText, type SetReport, speedOf, writeExtractionTsv } from './set-report.ts';
import { siteOf } from './site-folds.ts';
import { atLeast, TARGETS } from './targets.ts';
import { runTimed } from './timed-run.ts';

/** Scores title, author and date (by day) on html-meta, each over the pages asserting it. */
export const evalHtmlMeta = (context: EvalContext): SetReport => {
  const { extract, corpusDir, outDir, timing, strip } = context;
  const setDir = join(corpusDir, 'html-meta');
  const golds = readJsonLines(join(setDir, 'gold.jsonl')).map(parseMetaGold);
  const samples = golds.map((g) => loadSample(join(setDir, g.file), g.file, strip));
  const run = runTimed(samples, extract, timing);
  const ours = new Map<string, MetaPrediction | undefined>(
    run.outcomes.map((o) => [o.id, ingestedOf(o.result)]),
  );
  const asserting = (field: keyof (typeof golds)[number]['asserts']) =>
    golds.filter((g) => g.asserts[field]);
  const titleCases = asserting('title').map((g) => titleCase(g.file, g.title, ours.get(g.file)));
  const authorCases = asserting('author').map((g) =>
    authorCase(g.file, g.author, ours.get(g.file)),
  );
  const dateCases = asserting('date').map((g) => dateCase(g.file, g.dateDay, ours.get(g.file)));
  const title = scoreCases(titleCases);
  const author = scoreCases(authorCases);
  const date = scoreCases(dateCases);
  writeExtractionTsv(outDir, 'html-meta', run);
  writeFailuresTsv(join(outDir, 'html-meta-failures.tsv'), { title, author, date });
  return {
    set: 'html-meta',
    speed: speedOf(run),
    rows: [
      { metric: 'title exact', ours: rateText(title), target: atLeast(TARGETS.metaTitle) },
      { metric: 'author exact', ours: rateText(author), target: atLeast(TARGETS.metaAuthor) },
      { metric: 'date (day)', ours: rateText(date), target: atLeast(TARGETS.metaDate) },
    ],
    problems: problemsOf(run),
    diagnostics: [
      ...failureLines('html-meta title', title),
      ...failureLines('html-meta author', author),
      ...failureLines('html-meta date', date),
    ],
    results: { speed: speedOf(run), title, author, date },
    folds: {
      sites: new Map(golds.map((g) => [g.file, siteOf(g.url, g.file)])),
      metrics: [
        rateMetric('title exact', titleCases),
        rateMetric('author exact', authorCases),
        rateMetric('date (day)', dateCases),
      ],
    },
  };
};
