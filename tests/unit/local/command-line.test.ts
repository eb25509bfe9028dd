import { describe, expect, it } from 'vitest';
import { oneOf, portNumber, wholeNumber } from '#local/command-line/option-values.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';
import { EXIT_USAGE, UsageError } from '#local/command-line/usage-error.ts';

const OPTIONS = { out: { type: 'string' }, fast: { type: 'boolean' } } as const;

/** The one sentence a wrong command line gives, or undefined when it parses. */
const sentenceOf = (attempt: () => unknown): string | undefined => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof UsageError && error.exitCode === EXIT_USAGE) return error.message;
    throw error;
  }
  return undefined;
};

describe('parseOptions', () => {
  it('parses the options it is given', () => {
    const { values } = parseOptions(['--out', 'x.json', '--fast'], OPTIONS);

    expect(values).toEqual({ out: 'x.json', fast: true });
  });

  it.each([
    [['--slow'], {}, "Unknown option '--slow'."],
    [['--slow'], { command: 'get' }, "Unknown option '--slow' for 'get'."],
    [['--out'], {}, "Option '--out <value>' argument missing."],
    [['extra'], {}, "Unexpected argument 'extra': this takes options only."],
    [['extra'], { command: 'list' }, "'list' takes no arguments."],
  ])('turns %j (%j) into one sentence, exit 2', (args, settings, sentence) => {
    expect(sentenceOf(() => parseOptions(args, OPTIONS, settings))).toBe(sentence);
  });

  it('takes arguments when allowed', () => {
    const { positionals } = parseOptions(['a', 'b'], OPTIONS, { allowPositionals: true });

    expect(positionals).toEqual(['a', 'b']);
  });
});

describe('option values', () => {
  it('reads a whole number, or the fallback when the option is absent', () => {
    expect(wholeNumber('--keys', '30', { min: 1, fallback: 5 })).toBe(30);
    expect(wholeNumber('--keys', undefined, { min: 1, fallback: 5 })).toBe(5);
  });

  it.each(['0', '2.5', '1e3', '-1', 'many', ''])('refuses %j as a whole number >= 1', (text) => {
    expect(sentenceOf(() => wholeNumber('--keys', text, { min: 1, fallback: 5 }))).toBe(
      `--keys wants a whole number >= 1, not ${text}.`,
    );
  });

  it('reads a port from 1 to 65535', () => {
    expect(portNumber('--s3-port', '4569', 1)).toBe(4569);
    expect(sentenceOf(() => portNumber('--s3-port', '65536', 1))).toBe(
      '--s3-port wants a port number from 1 to 65535, not 65536.',
    );
  });

  it('reads one of the named choices', () => {
    expect(oneOf('--only', 'bundle', ['throughput', 'bundle'])).toBe('bundle');
    expect(sentenceOf(() => oneOf('--only', 'latency', ['throughput', 'bundle']))).toBe(
      '--only wants one of throughput, bundle, not latency.',
    );
  });
});
