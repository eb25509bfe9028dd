import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '#bench/eval/args.ts';
import { problemLines, tableRows } from '#bench/eval/report.ts';
import type { SetReport } from '#bench/eval/set-report.ts';

const report = (
  set: string,
  metrics: string[],
  problems: SetReport['problems'] = [],
): SetReport => ({
  set,
  speed: {
    pages: 2,
    seconds: 0.5,
    totalBytes: 1_000_000,
    articlesPerSecond: 4,
    megabytesPerSecond: 2,
  },
  rows: metrics.map((metric) => ({ metric, ours: '0.5', target: '>= 0.9' })),
  problems,
  diagnostics: [],
  results: {},
});

describe('tableRows', () => {
  it('shows each set speed on its first row only', () => {
    const rows = tableRows([report('html-meta', ['title', 'author']), report('seed', ['lede'])]);

    expect(rows.map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['html-meta', 'title', '4.0', '2.0'],
      ['html-meta', 'author', '', ''],
      ['seed', 'lede', '4.0', '2.0'],
    ]);
  });
});

describe('problemLines', () => {
  it('lists the pages scored as empty under a count', () => {
    const lines = problemLines([
      report('html-body', ['F1'], [{ id: '41', what: 'threw Error: boom' }]),
    ]);

    expect(lines).toEqual([
      'Pages scored as empty (threw or rejected): 1',
      '  html-body  41: threw Error: boom',
    ]);
  });

  it('says so when no page failed', () => {
    expect(problemLines([report('seed', ['lede'])])).toEqual(['No page threw or was rejected.']);
  });
});

describe('parseEvalArgs', () => {
  it('defaults the corpus to ../shared/corpus beside the repository', () => {
    expect(parseEvalArgs([], '/work/main', '/anywhere')).toEqual({
      corpusDir: '/work/shared/corpus',
      passes: 1,
      folds: 0,
      strip: [],
      help: false,
    });
  });

  it('reads --folds and refuses fewer than two folds', () => {
    expect(parseEvalArgs(['--folds', '5'], '/repo', '/cwd').folds).toBe(5);
    expect(() => parseEvalArgs(['--folds', '1'], '/repo', '/cwd')).toThrow('--folds');
  });

  it('resolves --corpus, --out and --json against the working directory and reads --passes', () => {
    const argv = ['--corpus', 'c', '--out', 'o', '--json', 'r.json', '--passes', '3'];

    const options = parseEvalArgs(argv, '/repo', '/cwd');

    expect(options).toEqual({
      corpusDir: '/cwd/c',
      outDir: '/cwd/o',
      jsonFile: '/cwd/r.json',
      passes: 3,
      folds: 0,
      strip: [],
      help: false,
    });
  });

  it('rejects an unknown option and a pass count that is not a whole number', () => {
    expect(() => parseEvalArgs(['--corpsu', 'x'], '/repo', '/cwd')).toThrow();
    expect(() => parseEvalArgs(['--passes', '0'], '/repo', '/cwd')).toThrow('--passes');
    expect(() => parseEvalArgs(['--passes', '2.5'], '/repo', '/cwd')).toThrow('--passes');
  });
});
