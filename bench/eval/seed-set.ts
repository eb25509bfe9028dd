import { join } from 'node:path';
import { listFiles, loadSample } from './corpus.ts';
import type { EvalContext } from './extractor.ts';
import { ingestedOf } from './record-view.ts';
import { checkSeed, type SeedResult } from './seed-expectations.ts';
import { type MetricRow, problemsOf, type SetReport, speedOf } from './set-report.ts';
import { runTimed } from './timed-run.ts';

const rowOf = (r: SeedResult): MetricRow => ({
  metric: r.field,
  ours: r.verdict === 'fail' ? 'FAIL' : r.verdict,
  target: r.expected,
  note: r.verdict === 'fail' ? `ours: ${r.ours}` : '',
});

/** Checks the seed article's record against the EXPECTED.md checklist. */
export const evalSeed = ({ extract, corpusDir, timing }: EvalContext): SetReport => {
  const samples = listFiles(join(corpusDir, 'seed'), '.txt').map((path) => loadSample(path));
  const run = runTimed(samples, extract, timing);
  const results = run.outcomes.flatMap((o) => checkSeed(ingestedOf(o.result)));
  const passed = results.filter((r) => r.verdict === 'pass').length;
  const checked = results.filter((r) => r.verdict !== 'not extracted yet').length;
  return {
    set: 'seed',
    speed: speedOf(run),
    rows: [...results.map(rowOf), { metric: 'fields passing', ours: `${passed}/${checked}` }],
    problems: problemsOf(run),
    diagnostics: [],
    results: { speed: speedOf(run), passed, checked, fields: results },
  };
};
