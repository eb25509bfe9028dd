import { resolve } from 'node:path';
import { oneOf, wholeNumber } from '#local/command-line/option-values.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';
import { UsageError } from '#local/command-line/usage-error.ts';
import { FAMILIES, type Family } from './families.ts';
import { FILE_TIME_LIMIT_MS } from './function-limits.ts';

export interface FuzzOptions {
  seed: number;
  /** Generated inputs per family (each also mutated once). */
  count: number;
  families: Family[];
  outFile: string;
  /** Wall-clock time one input may take; the file's share of the function timeout by default. */
  timeoutMs: number;
  help: boolean;
}

/** Fifty per family: about 1,200 small inputs, a few minutes on two shared cores. */
const DEFAULT_COUNT = 50;
const DEFAULT_SEED = 1;
export const DEFAULT_OUT = 'bench/reliability/fuzz.json';

export const USAGE =
  'usage: npm run fuzz -- [--seed N] [--count N] [--only FAMILY] [--timeout-ms N] [--out FILE]\n' +
  `  --seed N      seed of the generated and mutated inputs (default ${DEFAULT_SEED})\n` +
  `  --count N     generated inputs per family, each also mutated once (default ${DEFAULT_COUNT}; 0: hostile catalogue only)\n` +
  `  --only NAME   one family: ${FAMILIES.join(', ')}\n` +
  `  --timeout-ms N  wall-clock limit per input (default ${FILE_TIME_LIMIT_MS}: a file's time budget with slack)\n` +
  `  --out FILE    where the results go (default ${DEFAULT_OUT}; RELIABILITY.md is rewritten only from the default)`;

const parseTimeout = (text: string | undefined): number => {
  const ms = wholeNumber('--timeout-ms', text, { fallback: FILE_TIME_LIMIT_MS });
  if (ms === 0) throw new UsageError('--timeout-ms wants at least 1 ms.');
  return ms;
};

/** Parses the fuzz command line; a bad flag is a `UsageError` of one sentence. */
export const parseFuzzArgs = (argv: readonly string[], cwd: string): FuzzOptions => {
  const { values } = parseOptions(argv, {
    seed: { type: 'string' },
    count: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    'timeout-ms': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  return {
    seed: wholeNumber('--seed', values.seed, { fallback: DEFAULT_SEED }),
    count: wholeNumber('--count', values.count, { fallback: DEFAULT_COUNT }),
    families: values.only === undefined ? [...FAMILIES] : [oneOf('--only', values.only, FAMILIES)],
    outFile: resolve(cwd, values.out ?? DEFAULT_OUT),
    timeoutMs: parseTimeout(values['timeout-ms']),
    help: values.help ?? false,
  };
};
