import { describe, expect, it } from 'vitest';
import { parseFuzzArgs } from '#bench/fuzz/args.ts';
import { FAMILIES } from '#bench/fuzz/families.ts';

describe('parseFuzzArgs', () => {
  it('runs every family with seed 1 and 50 inputs each when given no flags', () => {
    const options = parseFuzzArgs([], '/repo');

    expect(options).toEqual({
      seed: 1,
      count: 50,
      families: [...FAMILIES],
      outFile: '/repo/bench/reliability/fuzz.json',
      timeoutMs: 12_000,
      help: false,
    });
  });

  it('narrows the run to the family --only names and resolves --out against the working directory', () => {
    const options = parseFuzzArgs(
      ['--only', 'docx', '--seed', '7', '--count', '0', '--out', 'x.json'],
      '/home/me',
    );

    expect(options).toMatchObject({
      seed: 7,
      count: 0,
      families: ['docx'],
      outFile: '/home/me/x.json',
    });
  });

  it('rejects an unknown family in one sentence naming the choices', () => {
    expect(() => parseFuzzArgs(['--only', 'epub'], '/repo')).toThrow(
      `--only wants one of ${FAMILIES.join(', ')}, not epub.`,
    );
  });

  it.each([
    ['--seed', '0x10'],
    ['--count', '2.5'],
    ['--count', 'many'],
    ['--timeout-ms', '1s'],
  ])('rejects %s %s as not a whole number >= 0', (flag, value) => {
    expect(() => parseFuzzArgs([flag, value], '/repo')).toThrow(
      `${flag} wants a whole number >= 0, not ${value}.`,
    );
  });

  it('rejects a flag it does not know', () => {
    expect(() => parseFuzzArgs(['--fast'], '/repo')).toThrow(/--fast/);
  });
});
