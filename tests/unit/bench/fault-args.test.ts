import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYS, parseFaultArgs } from '#bench/faults/fault-args.ts';

const NAMES = ['duplicated-shuffled', 'stack-kill'];

describe('parseFaultArgs', () => {
  it('runs every scenario with the default keys when given no option', () => {
    const options = parseFaultArgs([], '/repo', NAMES);

    expect(options).toEqual({
      keys: DEFAULT_KEYS,
      outFile: '/repo/bench/reliability/faults.json',
      synth: true,
      help: false,
    });
  });

  it('takes one scenario, a key count and an output file relative to the working folder', () => {
    const options = parseFaultArgs(
      ['--only', 'stack-kill', '--keys', '30', '--out', 'x.json', '--no-synth'],
      '/repo',
      NAMES,
    );

    expect(options).toEqual({
      only: 'stack-kill',
      keys: 30,
      outFile: '/repo/x.json',
      synth: false,
      help: false,
    });
  });

  it('rejects a scenario it does not know, naming the ones it does', () => {
    expect(() => parseFaultArgs(['--only', 'nope'], '/repo', NAMES)).toThrow(
      '--only wants one of duplicated-shuffled, stack-kill, not nope.',
    );
  });

  it('rejects a key count that is not a whole number of at least one', () => {
    expect(() => parseFaultArgs(['--keys', '0'], '/repo', NAMES)).toThrow(
      '--keys wants a whole number',
    );
  });

  it('rejects an unknown option', () => {
    expect(() => parseFaultArgs(['--fast'], '/repo', NAMES)).toThrow(/--fast/);
  });
});
