import { resolve } from 'node:path';
import { wholeNumber } from '#local/command-line/option-values.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';
import { parseStripList, type StripSource } from './strip-markup.ts';

export interface EvalOptions {
  corpusDir: string;
  outDir?: string;
  jsonFile?: string;
  /** Measured passes per set; the median is reported. */
  passes: number;
  /** Site folds to score each set on (0: none). */
  folds: number;
  /** Score only this set (`quotes`, `html-body`, ...). */
  only?: string;
  /** Markup removed from every HTML page before extraction (`--strip`). */
  strip: StripSource[];
  help: boolean;
}

export const USAGE =
  'usage: npm run eval -- [--corpus DIR] [--out DIR] [--json FILE] [--passes N] [--folds N] [--only SET] [--strip LIST]\n' +
  '  --corpus DIR  the evaluation corpus (default: ../shared/corpus beside the repo)\n' +
  '  --out DIR     keep predictions and per-page scores here (default: a temp dir)\n' +
  '  --json FILE   also write the results as JSON\n' +
  '  --passes N    time N passes per set and report the median (default 1)\n' +
  '  --folds N     also score each set on N folds split by site, with the spread\n' +
  '  --only SET    score one set: html-body, html-meta, html-date, seed or quotes\n' +
  '  --strip LIST  remove markup from each HTML page first (the generalisation check):\n' +
  '                a comma list of json-ld, meta, time, microdata, title, or all';

/** Parses the eval command line; paths resolve against `cwd`, the corpus against the repo. */
export const parseEvalArgs = (
  argv: readonly string[],
  repoRoot: string,
  cwd: string,
): EvalOptions => {
  const { values } = parseOptions(argv, {
    corpus: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'string' },
    passes: { type: 'string' },
    folds: { type: 'string' },
    only: { type: 'string' },
    strip: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  return {
    corpusDir: values.corpus ? resolve(cwd, values.corpus) : resolve(repoRoot, '../shared/corpus'),
    ...(values.out ? { outDir: resolve(cwd, values.out) } : {}),
    ...(values.json ? { jsonFile: resolve(cwd, values.json) } : {}),
    passes: wholeNumber('--passes', values.passes, { min: 1, fallback: 1 }),
    folds: wholeNumber('--folds', values.folds, { min: 2, fallback: 0 }),
    ...(values.only ? { only: values.only } : {}),
    strip: parseStripList(values.strip),
    help: values.help ?? false,
  };
};
