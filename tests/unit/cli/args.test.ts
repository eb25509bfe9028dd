import { describe, expect, it } from 'vitest';
import { parseCommandArgs, splitCommandLine } from '#local/cli/args.ts';
import { EXIT_USAGE, UsageError } from '#local/command-line/usage-error.ts';

const KNOWN = { prefix: { type: 'string' }, json: { type: 'boolean' } } as const;

describe('splitCommandLine', () => {
  it('takes the first positional as the command and leaves the rest in order', () => {
    const line = splitCommandLine(['put', 'a.txt', '--prefix', 'p/', 'b'], KNOWN);

    expect(line).toEqual({ command: 'put', rest: ['a.txt', '--prefix', 'p/', 'b'], help: false });
  });

  it('does not mistake an option value before the command for the command', () => {
    const line = splitCommandLine(['--data-dir', 'put', 'get', 'k'], KNOWN);

    expect(line.command).toBe('get');
    expect(line.rest).toEqual(['--data-dir', 'put', 'k']);
  });

  it('reports --help and -h wherever they appear', () => {
    expect(splitCommandLine(['get', '--help'], KNOWN).help).toBe(true);
    expect(splitCommandLine(['-h'], KNOWN)).toEqual({
      command: undefined,
      rest: ['-h'],
      help: true,
    });
  });
});

describe('parseCommandArgs', () => {
  it('parses the command options, leaving --data-dir unset when not given', () => {
    const { values, positionals } = parseCommandArgs('put', ['x', '--prefix', 'p/'], KNOWN);

    expect(positionals).toEqual(['x']);
    expect(values).toEqual({ prefix: 'p/' });
  });

  it('accepts --data-dir in --name=value form', () => {
    const { values } = parseCommandArgs('get', ['k', '--data-dir=/tmp/s'], KNOWN);

    expect(values['data-dir']).toBe('/tmp/s');
  });

  it('fails with a usage error naming the option and the command when an option is unknown', () => {
    const attempt = () => parseCommandArgs('get', ['k', '--frob'], KNOWN);

    expect(attempt).toThrow(UsageError);
    expect(attempt).toThrow(/^Unknown option '--frob' for 'get'\./);
    expect(catchExitCode(attempt)).toBe(EXIT_USAGE);
  });

  it('fails with one sentence when an option is missing its value', () => {
    const attempt = () => parseCommandArgs('put', ['a', '--prefix'], KNOWN);

    expect(attempt).toThrow(/^Option '--prefix <value>' argument missing\./);
  });

  it('refuses positionals for a command that takes none', () => {
    const attempt = () => parseCommandArgs('list', ['extra'], {}, false);

    expect(attempt).toThrow(/^'list' takes no arguments\./);
  });
});

const catchExitCode = (attempt: () => unknown): number | undefined => {
  try {
    attempt();
  } catch (error) {
    return error instanceof UsageError ? error.exitCode : undefined;
  }
  return undefined;
};
