import { renderTable } from '../eval/table.ts';
import { FUZZ_HEADERS, fuzzRows, HOSTILE_HEADERS, hostileRows } from '../reliability/rows.ts';
import type { FuzzReport } from '../reliability/schema.ts';

/** Failures printed on the console; fuzz.json holds them all. */
const MAX_PRINTED_FAILURES = 30;

/** The run's summary for the terminal: per family, the hostile catalogue, the failures. */
export const renderRunSummary = (report: FuzzReport): string => {
  const failures = report.failures
    .slice(0, MAX_PRINTED_FAILURES)
    .map((f) => `  ${f.input}: ${f.problem}`);
  const more = report.failures.length - failures.length;
  return [
    renderTable(FUZZ_HEADERS, fuzzRows(report)),
    '',
    report.hostile.length > 0
      ? renderTable(HOSTILE_HEADERS, hostileRows(report))
      : 'hostile catalogue: not run',
    '',
    report.failures.length === 0 ? 'failures: none' : `failures: ${report.failures.length}`,
    ...failures,
    ...(more > 0 ? [`  ... and ${more} more`] : []),
  ].join('\n');
};
