import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAMILIES, type Family, isFamily } from './families.ts';
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

const DIGITS = /^\d+$/;

const parseWhole = (flag: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!DIGITS.test(text) || !Number.isSafeInteger(value))
    throw new Error(`${flag} wants a whole number >= 0, not ${text}.`);
  return value;
};

const parseTimeout = (text: string | undefined): number => {
  const ms = parseWhole('--timeout-ms', text, FILE_TIME_LIMIT_MS);
  if (ms === 0) throw new Error('--timeout-ms wants at least 1 ms.');
  return ms;
};

const parseFamilies = (only: string | undefined): Family[] => {
  if (only === undefined) return [...FAMILIES];
  if (!isFamily(only)) throw new Error(`--only wants one of ${FAMILIES.join(', ')}, not ${only}.`);
  return [only];
};

/** Parses the fuzz command line; a bad flag throws an Error whose message is one sentence. */
export const parseFuzzArgs = (argv: readonly string[], cwd: string): FuzzOptions => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seed: { type: 'string' },
      count: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      'timeout-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  return {
    seed: parseWhole('--seed', values.seed, DEFAULT_SEED),
    count: parseWhole('--count', values.count, DEFAULT_COUNT),
    families: parseFamilies(values.only),
    outFile: resolve(cwd, values.out ?? DEFAULT_OUT),
    timeoutMs: parseTimeout(values['timeout-ms']),
    help: values.help ?? false,
  };
};
