import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The parts of the bench, in the order they run and print. */
export const SECTIONS = ['throughput', 'bundle', 'coldstart'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** Measured passes per throughput set; the median pass is reported. */
  passes: number;
  /** Fresh `node` processes per cold-start figure; the median is reported. */
  starts: number;
  /** The sections to run: all unless `--only` names one. */
  sections: Section[];
  jsonFile?: string;
  help: boolean;
}

/** Five starts give a stable median on a quiet machine without taking a minute. */
const DEFAULT_STARTS = 5;

export const USAGE =
  'usage: npm run bench -- [--passes N] [--starts N] [--json FILE] [--only throughput|bundle|coldstart]\n' +
  '  --passes N    time N passes per throughput set and report the median (default 1)\n' +
  `  --starts N    fresh node processes per cold-start figure, median reported (default ${DEFAULT_STARTS})\n` +
  '  --json FILE   also write the results as JSON\n' +
  '  --only NAME   run one section: throughput, bundle or coldstart';

const parseCount = (flag: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`${flag} wants a whole number >= 1, not ${text}`);
  return count;
};

const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name);

const parseSections = (only: string | undefined): Section[] => {
  if (only === undefined) return [...SECTIONS];
  if (!isSection(only)) throw new Error(`--only wants one of ${SECTIONS.join(', ')}, not ${only}`);
  return [only];
};

/** Parses the bench command line; a bad flag throws an Error whose message is one sentence. */
export const parseBenchArgs = (argv: readonly string[], cwd: string): BenchOptions => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      passes: { type: 'string' },
      starts: { type: 'string' },
      json: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  return {
    passes: parseCount('--passes', values.passes, 1),
    starts: parseCount('--starts', values.starts, DEFAULT_STARTS),
    sections: parseSections(values.only),
    ...(values.json ? { jsonFile: resolve(cwd, values.json) } : {}),
    help: values.help ?? false,
  };
};
