import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { BATCH_SIZE, FILE_TIME_LIMIT_MS, FUNCTION_TIMEOUT_MS } from '../fuzz/function-limits.ts';
import { markdownTable } from './markdown.ts';
import type { LimitDoc, ReasonDoc } from './reasons.ts';
import {
  FAULT_HEADERS,
  FUZZ_HEADERS,
  faultRows,
  fuzzRows,
  HOSTILE_HEADERS,
  hostileRows,
} from './rows.ts';
import type { FaultReport, FuzzReport } from './schema.ts';

export interface ReliabilityInput {
  /** Undefined when the file is missing: its section says so. */
  fuzz: FuzzReport | undefined;
  faults: FaultReport | undefined;
  reasons: readonly ReasonDoc[];
  limits: readonly LimitDoc[];
  writtenAt: Date;
}

/** Failures listed one by one; the rest are counted (the JSON has them all). */
const MAX_LISTED_FAILURES = 40;
const MIB = 1024 * 1024;
const BYTES_NAME = /Bytes$/;

const machineLine = (
  what: string,
  report: {
    generatedAt: string;
    machine: { cores: number; node: string; loadAverage?: number | undefined };
  },
) => {
  const { cores, node, loadAverage } = report.machine;
  const load = loadAverage === undefined ? '' : `, load average ${loadAverage.toFixed(1)}`;
  return `- ${what}: ${report.generatedAt}, ${cores} cores, Node ${node}${load}`;
};

const renderFaults = (faults: FaultReport | undefined): string[] => {
  const head = ['## Faults: delivery under failure', ''];
  if (!faults)
    return [
      ...head,
      '`bench/reliability/faults.json` is missing: the fault suite has not been run here.',
    ];
  const failed = faults.scenarios.filter((s) => !s.passed).length;
  return [
    ...head,
    `${faults.scenarios.length} scenarios, ${failed} failed. Expected: records the store must end with; lost, duplicated and stale must be 0.`,
    '',
    markdownTable(FAULT_HEADERS, faultRows(faults), [1, 2, 3, 4, 5, 6, 7, 9]),
    '',
    ...faults.scenarios.map((s) => `- **${s.name}**: ${s.description}`),
  ];
};

const renderFailures = (fuzz: FuzzReport): string[] => {
  if (fuzz.failures.length === 0)
    return ['No failures: every input became a record or a classified rejection.'];
  const listed = fuzz.failures
    .slice(0, MAX_LISTED_FAILURES)
    .map((f) => `- \`${f.input}\` (${f.family}): ${f.problem}`);
  const rest = fuzz.failures.length - listed.length;
  return [
    `**${fuzz.failures.length} failures** (a throw, crash, timeout, out-of-memory, invalid record, leak, or not the rejection expected):`,
    '',
    ...listed,
    ...(rest > 0 ? [`- ... and ${rest} more (see fuzz.json)`] : []),
  ];
};

const timeoutNote = (timeoutMs: number): string =>
  timeoutMs === FILE_TIME_LIMIT_MS
    ? `(the file's ${DEFAULT_LIMITS.maxFileMs / 1000} s time budget with slack; the function's timeout is ${FUNCTION_TIMEOUT_MS / 1000} s for batches of ${BATCH_SIZE})`
    : `(set by --timeout-ms; a file's time budget with slack is ${FILE_TIME_LIMIT_MS} ms)`;

const renderFuzz = (fuzz: FuzzReport | undefined): string[] => {
  const head = ['## Fuzz: hostile and malformed input', ''];
  if (!fuzz) return [...head, '`bench/reliability/fuzz.json` is missing: run `npm run fuzz`.'];
  const { functionMemoryMb, heapMb, timeoutMs } = fuzz.limits;
  const seed =
    fuzz.seed === undefined
      ? ''
      : ` Seed ${fuzz.seed}, ${fuzz.count} generated + ${fuzz.count} mutated inputs per family, plus the hostile catalogue.`;
  return [
    ...head,
    `Each input is built by \`buildObject\` in a child process under the function's limits: ${functionMemoryMb} MB memory (heap ${heapMb} MB), ${timeoutMs} ms wall-clock per file ${timeoutNote(timeoutMs)}.${seed} Peak memory is the worker process's resident high-water mark, its own baseline (Node, tsx, the pipeline's modules) included; small inputs share a worker, so theirs is that worker's mark so far, while each hostile input runs in a fresh process. Wall times stretch with the machine's load; the hostile table also gives CPU time.`,
    '',
    markdownTable(FUZZ_HEADERS, fuzzRows(fuzz), [1, 3, 5, 7]),
    '',
    ...renderFailures(fuzz),
    '',
    '### Hostile catalogue',
    '',
    markdownTable(HOSTILE_HEADERS, hostileRows(fuzz), [2, 5, 6, 7]),
  ];
};

const formatLimit = (limit: LimitDoc): string =>
  BYTES_NAME.test(limit.name) && limit.value % MIB === 0
    ? `${limit.value / MIB} MiB`
    : String(limit.value);

/** How duplicate marks stay true as originals change: prose, not a measurement. */
const COPIES_SECTION = [
  '## Copies stay true',
  '',
  'An exact copy points at its original (`duplicateOf`). Before a record replaces an original',
  '(other text, a rejection, a tombstone, or a retired feed item), `writeObject` re-points',
  'its copies (`shared/pipeline/release-copies.ts`): the earliest remaining record of that',
  'content becomes the original, a copy promoted when none is left, and the other copies',
  'point at it. Each copy is read again and rewritten only if it still has the sequencer read',
  'and still points at the departed original, so a copy rewritten meanwhile is read again,',
  'never clobbered. The work comes before the write that replaces the original: a crash',
  'leaves the original stored, and the retry repeats the step, which finds nothing left to do',
  'where it already ran. Not covered: near copies (`nearDuplicateOf`; copies are in no band',
  'index, so nothing finds them by the old fingerprint), items a feed overwrites with other',
  'text (written without reading the stored item), and a copy whose lookup read the original',
  "just before it went (the hash index is eventually consistent). Every file's record keeps",
  '`firstIngestedAt` from the stored one; `ingestedAt` moves on every overwrite.',
];

/** RELIABILITY.md: the fault and fuzz results, the reject reasons and the limits, as Markdown. */
export const renderReliability = (input: ReliabilityInput): string =>
  [
    '# Reliability',
    '',
    'Written by `npm run reliability` from `bench/reliability/fuzz.json` (`npm run fuzz`) and',
    '`bench/reliability/faults.json` (the fault suite). Do not edit by hand: re-run them.',
    '',
    `- written: ${input.writtenAt.toISOString()}`,
    ...(input.fuzz ? [machineLine('fuzz run', input.fuzz)] : []),
    ...(input.faults ? [machineLine('fault run', input.faults)] : []),
    '',
    ...renderFaults(input.faults),
    '',
    ...renderFuzz(input.fuzz),
    '',
    ...COPIES_SECTION,
    '',
    '## Reject reasons',
    '',
    'A file that cannot be an article becomes a `rejected` record with one of these codes (`shared/domain/record.ts`).',
    '',
    markdownTable(
      ['reason', 'meaning'],
      input.reasons.map((r) => [`\`${r.code}\``, r.description]),
    ),
    '',
    '## Limits',
    '',
    'Per-file limits (`shared/domain/limits.ts`), each overridable by its setting.',
    '',
    markdownTable(
      ['limit', 'setting', 'default', 'why'],
      input.limits.map((l) => [l.name, `\`${l.variable}\``, formatLimit(l), l.reason]),
      [2],
    ),
    '',
  ].join('\n');
