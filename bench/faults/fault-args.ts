import { resolve } from 'node:path';
import { oneOf, wholeNumber } from '#local/command-line/option-values.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';

export interface FaultOptions {
  /** Run only this scenario (by name). */
  only?: string;
  /** Keys of the duplicated-and-shuffled scenario. */
  keys: number;
  outFile: string;
  /** Synthesize the CDK app first (off: reuse cdk.out as it is, like `npm start -- --no-synth`). */
  synth: boolean;
  help: boolean;
}

/** Over a hundred keys: enough for every mix of writes, replays and forged events to occur. */
export const DEFAULT_KEYS = 120;
export const DEFAULT_OUT = 'bench/reliability/faults.json';

export const usageFor = (names: readonly string[]) =>
  'usage: npm run faults -- [--only NAME] [--keys N] [--out FILE] [--no-synth]\n' +
  `  --only NAME   run one scenario: ${names.join(', ')}\n` +
  `  --keys N      keys in the duplicated-shuffled scenario (default ${DEFAULT_KEYS})\n` +
  `  --out FILE    where to write the results (default ${DEFAULT_OUT})\n` +
  '  --no-synth    reuse cdk.out as it is instead of synthesizing the CDK app first';

/** Parses the command line; a bad option is a `UsageError` of one sentence. */
export const parseFaultArgs = (
  argv: readonly string[],
  cwd: string,
  names: readonly string[],
): FaultOptions => {
  const { values } = parseOptions(argv, {
    only: { type: 'string' },
    keys: { type: 'string' },
    out: { type: 'string' },
    'no-synth': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  return {
    ...(values.only !== undefined ? { only: oneOf('--only', values.only, names) } : {}),
    keys: wholeNumber('--keys', values.keys, { min: 1, fallback: DEFAULT_KEYS }),
    outFile: resolve(cwd, values.out ?? DEFAULT_OUT),
    synth: !(values['no-synth'] ?? false),
    help: values.help ?? false,
  };
};
