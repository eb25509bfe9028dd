import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../../bench/eval/args.ts';
import { problemLines, tableRows } from '../../../bench/eval/report.ts';
import type { SetReport } from '../../../bench/eval/set-report.ts';

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
      help: false,
    });
  });

  it('resolves --corpus, --out and --json against the working directory', () => {
    const options = parseEvalArgs(
      ['--corpus', 'c', '--out', 'o', '--json', 'r.json'],
      '/repo',
      '/cwd',
    );

    expect(options).toEqual({
      corpusDir: '/cwd/c',
      outDir: '/cwd/o',
      jsonFile: '/cwd/r.json',
      help: false,
    });
  });

  it('rejects an unknown option', () => {
    expect(() => parseEvalArgs(['--corpsu', 'x'], '/repo', '/cwd')).toThrow();
  });
});
