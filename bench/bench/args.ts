import { resolve } from 'node:path';
import { oneOf, wholeNumber } from '#local/command-line/option-values.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';

/** The parts of the bench, in the order they run and print. */
export const SECTIONS = ['throughput', 'bundle', 'coldstart', 'e2e'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** Measured passes per throughput set; the median pass is reported. */
  passes: number;
  /** Fresh `node` processes per cold-start figure; the median is reported. */
  starts: number;
  /** Files the end-to-end section puts into the bucket. */
  files: number;
  /** The sections to run: all unless `--only` names some. */
  sections: Section[];
  jsonFile?: string;
  help: boolean;
}

/** The cold-start budgets are stated as the median of 20 fresh processes. */
const DEFAULT_STARTS = 20;
/** The end-to-end size: 2,000 mixed files. */
const DEFAULT_FILES = 2000;

export const USAGE =
  'usage: npm run bench -- [--passes N] [--starts N] [--files N] [--json FILE] [--only SECTION[,SECTION]]\n' +
  '  --passes N    time N passes per throughput set and report the median (default 1)\n' +
  `  --starts N    fresh node processes per cold-start figure, median reported (default ${DEFAULT_STARTS})\n` +
  `  --files N     files the end-to-end run puts on the local stack (default ${DEFAULT_FILES})\n` +
  '  --json FILE   also write the results as JSON\n' +
  '  --only LIST   run these sections (comma-separated): throughput, bundle, coldstart, e2e';

/** Parses the bench command line; a bad flag is a `UsageError` of one sentence. */
export const parseBenchArgs = (argv: readonly string[], cwd: string): BenchOptions => {
  const { values } = parseOptions(argv, {
    passes: { type: 'string' },
    starts: { type: 'string' },
    files: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  return {
    passes: wholeNumber('--passes', values.passes, { min: 1, fallback: 1 }),
    starts: wholeNumber('--starts', values.starts, { min: 1, fallback: DEFAULT_STARTS }),
    files: wholeNumber('--files', values.files, { min: 1, fallback: DEFAULT_FILES }),
    sections: values.only === undefined ? [...SECTIONS] : sectionsNamed(values.only),
    ...(values.json ? { jsonFile: resolve(cwd, values.json) } : {}),
    help: values.help ?? false,
  };
};

/** `bundle,coldstart` -> those sections, in the order the bench runs them. */
const sectionsNamed = (list: string): Section[] => {
  const named = list.split(',').map((name) => oneOf('--only', name.trim(), SECTIONS));
  return SECTIONS.filter((section) => named.includes(section));
};
