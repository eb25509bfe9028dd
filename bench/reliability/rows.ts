import type { Cell } from '../eval/table.ts';
import type { FaultReport, FuzzReport } from './schema.ts';

/** Milliseconds as the report prints them: whole above 10, two decimals below. */
export const formatMs = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

/** MiB with no decimals; 0 (unknown: the process died first) as `-`. */
export const formatMb = (mb: number): string => (mb > 0 ? mb.toFixed(0) : '-');

/** `{ ingested: 40, 'rejected:binary': 3 }` -> `ingested 40, rejected:binary 3`, commonest first. */
export const formatOutcomes = (outcomes: Record<string, number>): string =>
  Object.entries(outcomes)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([label, count]) => `${label} ${count}`)
    .join(', ');

export const FUZZ_HEADERS = [
  'family',
  'inputs',
  'outcomes',
  'worst ms',
  'worst input',
  'peak MiB',
  'peak input',
  'failures',
];

export const fuzzRows = (report: FuzzReport): Cell[][] =>
  report.families.map((row) => [
    row.family,
    row.inputs,
    formatOutcomes(row.outcomes),
    formatMs(row.worstMs),
    row.worstInput,
    formatMb(row.peakRssMb),
    row.peakInput,
    row.failures,
  ]);

export const HOSTILE_HEADERS = [
  'input',
  'family',
  'bytes',
  'outcome',
  'expected',
  'ms',
  'cpu ms',
  'peak MiB',
  'passed',
];

export const hostileRows = (report: FuzzReport): Cell[][] =>
  report.hostile.map((item) => [
    item.name.replace(/^hostile\//, ''),
    item.family,
    item.bytes,
    item.outcome,
    item.expected?.join(' or ') ?? 'record or rejection',
    formatMs(item.ms),
    item.cpuMs ? formatMs(item.cpuMs) : '-',
    formatMb(item.peakRssMb),
    item.passed ? 'yes' : 'NO',
  ]);

export const FAULT_HEADERS = [
  'scenario',
  'events sent',
  'expected',
  'lost',
  'duplicated',
  'stale',
  "DLQ'd",
  'redriven',
  'passed',
  's',
];

export const faultRows = (report: FaultReport): Cell[][] =>
  report.scenarios.map((s) => [
    s.name,
    s.eventsSent,
    s.expected,
    s.lost,
    s.duplicated,
    s.stale,
    s.dlq,
    s.redriven,
    s.passed ? 'yes' : 'NO',
    s.seconds.toFixed(1),
  ]);
