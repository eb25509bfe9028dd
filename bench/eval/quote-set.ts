import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, loadSample } from './corpus.ts';
import type { EvalContext } from './extractor.ts';
import { addCounts, type QuoteLabel, scoreQuotes } from './quote-score.ts';
import { ingestedOf } from './record-view.ts';
import { problemsOf, rateText, type SetReport, speedOf } from './set-report.ts';
import { runTimed } from './timed-run.ts';

/** The hand-labelled articles, written for the project (in the repository, not the corpus). */
export const QUOTE_SET_DIR = fileURLToPath(new URL('./quote-speakers/', import.meta.url));

const rate = (hits: number, total: number) => ({
  rate: total === 0 ? Number.NaN : hits / total,
  hits,
  total,
});

/** Speaker precision and recall, and whole role phrases, on the labelled quote articles. */
export const evalQuoteSpeakers = ({ extract, timing }: EvalContext): SetReport => {
  const labels = JSON.parse(readFileSync(join(QUOTE_SET_DIR, 'labels.json'), 'utf8')) as Record<
    string,
    QuoteLabel[]
  >;
  const samples = listFiles(join(QUOTE_SET_DIR, 'articles'), '.txt').map((p) => loadSample(p));
  const run = runTimed(samples, extract, timing);
  const counts = addCounts(
    run.outcomes.map((o) => {
      const record = ingestedOf(o.result);
      const predicted = { quotes: record?.quotes ?? [], entities: record?.entities ?? [] };
      return scoreQuotes(o.id, labels[o.id] ?? [], predicted);
    }),
  );
  const precision = rate(counts.correct, counts.attributed);
  const recall = rate(counts.correct, counts.labelledSpeakers);
  const roles = rate(counts.rolesFound, counts.labelledRoles);
  return {
    set: 'quotes',
    speed: speedOf(run),
    rows: [
      { metric: 'speaker precision', ours: rateText(precision) },
      { metric: 'speaker recall', ours: rateText(recall) },
      { metric: 'role phrase found', ours: rateText(roles) },
    ],
    problems: problemsOf(run),
    diagnostics: counts.misses.length > 0 ? ['Quote misses:', ...counts.misses] : [],
    results: { speed: speedOf(run), precision, recall, roles, misses: counts.misses },
  };
};
