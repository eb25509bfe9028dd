import { describe, expect, it } from 'vitest';
import { parseBenchArgs, SECTIONS } from '#bench/bench/args.ts';

describe('parseBenchArgs', () => {
  it('runs every section once with twenty cold starts when given no flags', () => {
    const options = parseBenchArgs([], '/repo');

    expect(options).toEqual({
      passes: 1,
      starts: 20,
      files: 2000,
      sections: [...SECTIONS],
      help: false,
    });
  });

  it('narrows the run to the section --only names', () => {
    const options = parseBenchArgs(['--only', 'coldstart', '--starts', '9'], '/repo');

    expect(options.sections).toEqual(['coldstart']);
    expect(options.starts).toBe(9);
  });

  it('takes a comma-separated list and runs it in the bench order', () => {
    const options = parseBenchArgs(['--only', 'coldstart,bundle'], '/repo');

    expect(options.sections).toEqual(['bundle', 'coldstart']);
  });

  it('takes the number of end-to-end files from --files', () => {
    const options = parseBenchArgs(['--only', 'e2e', '--files', '200'], '/repo');

    expect(options.sections).toEqual(['e2e']);
    expect(options.files).toBe(200);
    expect(() => parseBenchArgs(['--files', '0'], '/repo')).toThrow(
      '--files wants a whole number >= 1',
    );
  });

  it('resolves the JSON file against the working directory', () => {
    const options = parseBenchArgs(['--json', 'out/bench.json', '--passes', '3'], '/home/me');

    expect(options.jsonFile).toBe('/home/me/out/bench.json');
    expect(options.passes).toBe(3);
  });

  it('rejects an unknown section in one sentence naming the choices', () => {
    expect(() => parseBenchArgs(['--only', 'latency'], '/repo')).toThrow(
      '--only wants one of throughput, bundle, coldstart, e2e, not latency',
    );
  });

  it.each([
    ['--passes', '0'],
    ['--passes', '2.5'],
    ['--starts', 'many'],
  ])('rejects %s %s as not a whole number >= 1', (flag, value) => {
    expect(() => parseBenchArgs([flag, value], '/repo')).toThrow(
      `${flag} wants a whole number >= 1, not ${value}`,
    );
  });

  it('rejects a flag it does not know', () => {
    expect(() => parseBenchArgs(['--fast'], '/repo')).toThrow(/--fast/);
  });
});
