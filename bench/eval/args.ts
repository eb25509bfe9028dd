import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface EvalOptions {
  corpusDir: string;
  outDir?: string;
  jsonFile?: string;
  help: boolean;
}

export const USAGE =
  'usage: npm run eval -- [--corpus DIR] [--out DIR] [--json FILE]\n' +
  '  --corpus DIR  the evaluation corpus (default: ../shared/corpus beside the repo)\n' +
  '  --out DIR     keep predictions and per-page scores here (default: a temp dir)\n' +
  '  --json FILE   also write the results as JSON';

/** Parses the eval command line; paths resolve against `cwd`, the corpus against the repo. */
export const parseEvalArgs = (
  argv: readonly string[],
  repoRoot: string,
  cwd: string,
): EvalOptions => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      corpus: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  return {
    corpusDir: values.corpus ? resolve(cwd, values.corpus) : resolve(repoRoot, '../shared/corpus'),
    ...(values.out ? { outDir: resolve(cwd, values.out) } : {}),
    ...(values.json ? { jsonFile: resolve(cwd, values.json) } : {}),
    help: values.help ?? false,
  };
};
