import { resolve } from 'node:path';
import { oneOf, wholeNumber } from '#local/command-line/option-values.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';
import { UsageError } from '#local/command-line/usage-error.ts';
import {
  DEFAULT_NEAR_DUPLICATE_PROBES,
  NEAR_DUPLICATE_PROBE_MODES,
  type NearDuplicateProbes,
} from '#shared/domain/fingerprint-bands.ts';
import { TABLE_CAPACITY_MODES } from '#shared/domain/table-design.ts';
import { type CostParameters, DEFAULT_PARAMETERS } from './parameters.ts';

export interface CostOptions {
  params: CostParameters;
  /** The near-duplicate lookup the handler runs with (the stack's `nearDuplicateProbes`). */
  probes: NearDuplicateProbes;
  /** Handler calls per article whose median CPU time is taken. */
  repeats: number;
  /** Fresh processes for the init figure when no bench JSON is given. */
  starts: number;
  /** A `npm run bench -- --json` output to take the cold start from, instead of measuring. */
  benchJson?: string;
  jsonFile?: string;
  help: boolean;
}

const DEFAULT_REPEATS = 7;
const DEFAULT_STARTS = 5;

export const USAGE =
  'usage: npm run cost -- [--memory MB] [--batch N] [--at-once N] [--cold-every N] [--s3-ms N] [--dynamo-ms N]\n' +
  '                       [--capacity MODE] [--utilisation PERCENT] [--probes MODE] [--repeats N] [--starts N] [--bench-json FILE] [--json FILE]\n' +
  `  --memory MB       the function's memory (default ${DEFAULT_PARAMETERS.memoryMb})\n` +
  `  --batch N         messages per invocation (default ${DEFAULT_PARAMETERS.batchSize})\n` +
  `  --at-once N       messages of a batch processed at once, the stack's messageConcurrency (default ${DEFAULT_PARAMETERS.messageConcurrency})\n` +
  `  --cold-every N    invocations per cold start (default ${DEFAULT_PARAMETERS.invocationsPerColdStart})\n` +
  `  --s3-ms N         wait per S3 request in ms (default ${DEFAULT_PARAMETERS.s3GetMs})\n` +
  `  --dynamo-ms N     wait per DynamoDB request in ms (default ${DEFAULT_PARAMETERS.dynamoRequestMs})\n` +
  `  --capacity MODE   the table's capacity: ${TABLE_CAPACITY_MODES.join(', ')} (default ${DEFAULT_PARAMETERS.capacity})\n` +
  `  --utilisation PERCENT  provisioned units consumed on average (default ${100 * DEFAULT_PARAMETERS.utilisation}, the scaling target)\n` +
  `  --probes MODE     near-duplicate lookup: ${NEAR_DUPLICATE_PROBE_MODES.join(', ')} (default ${DEFAULT_NEAR_DUPLICATE_PROBES})\n` +
  `  --repeats N       handler calls per article, median CPU time (default ${DEFAULT_REPEATS})\n` +
  `  --starts N        fresh processes for the init figure (default ${DEFAULT_STARTS})\n` +
  '  --bench-json FILE take the init from this `npm run bench -- --json` output\n' +
  '  --json FILE       also write the model and its inputs as JSON';

/** `--utilisation PERCENT`, 1 to 100, as a share. */
const utilisationOf = (text: string | undefined, fallback: number): number => {
  const percent = wholeNumber('--utilisation', text, { min: 1, fallback: 100 * fallback });
  if (percent > 100)
    throw new UsageError(`--utilisation wants a percentage up to 100, not ${percent}.`);
  return percent / 100;
};

/** Parses the cost model's command line; a bad flag is a `UsageError` of one sentence. */
export const parseCostArgs = (argv: readonly string[], cwd: string): CostOptions => {
  const { values } = parseOptions(argv, {
    memory: { type: 'string' },
    batch: { type: 'string' },
    'at-once': { type: 'string' },
    'cold-every': { type: 'string' },
    's3-ms': { type: 'string' },
    'dynamo-ms': { type: 'string' },
    capacity: { type: 'string' },
    utilisation: { type: 'string' },
    probes: { type: 'string' },
    repeats: { type: 'string' },
    starts: { type: 'string' },
    'bench-json': { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const d = DEFAULT_PARAMETERS;
  return {
    params: {
      ...d,
      memoryMb: wholeNumber('--memory', values.memory, { min: 128, fallback: d.memoryMb }),
      batchSize: wholeNumber('--batch', values.batch, { min: 1, fallback: d.batchSize }),
      messageConcurrency: wholeNumber('--at-once', values['at-once'], {
        min: 1,
        fallback: d.messageConcurrency,
      }),
      invocationsPerColdStart: wholeNumber('--cold-every', values['cold-every'], {
        min: 1,
        fallback: d.invocationsPerColdStart,
      }),
      s3GetMs: wholeNumber('--s3-ms', values['s3-ms'], { fallback: d.s3GetMs }),
      dynamoRequestMs: wholeNumber('--dynamo-ms', values['dynamo-ms'], {
        fallback: d.dynamoRequestMs,
      }),
      capacity:
        values.capacity === undefined
          ? d.capacity
          : oneOf('--capacity', values.capacity, TABLE_CAPACITY_MODES),
      utilisation: utilisationOf(values.utilisation, d.utilisation),
    },
    probes:
      values.probes === undefined
        ? DEFAULT_NEAR_DUPLICATE_PROBES
        : oneOf('--probes', values.probes, NEAR_DUPLICATE_PROBE_MODES),
    repeats: wholeNumber('--repeats', values.repeats, { min: 1, fallback: DEFAULT_REPEATS }),
    starts: wholeNumber('--starts', values.starts, { min: 1, fallback: DEFAULT_STARTS }),
    ...(values['bench-json'] ? { benchJson: resolve(cwd, values['bench-json']) } : {}),
    ...(values.json ? { jsonFile: resolve(cwd, values.json) } : {}),
    help: values.help ?? false,
  };
};
