import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '#local/command-line/usage-error.ts';
import { parseStartOptions } from '#local/start-options.ts';

const CWD = '/project';

describe('parseStartOptions', () => {
  it('defaults to .local, ./inbox, the usual ports and a fresh synth', () => {
    expect(parseStartOptions([], CWD)).toEqual({
      dataDir: path.resolve(CWD, '.local'),
      reset: false,
      inboxDir: path.resolve(CWD, 'inbox'),
      s3Port: 4569,
      dynamoPort: 8000,
      controlPort: 4570,
      inspectorPort: 4571,
      synth: true,
      help: false,
    });
  });

  it('reads every option', () => {
    const args = [
      '--data-dir',
      'd',
      '--reset',
      '--inbox',
      '/in',
      '--s3-port',
      '1',
      '--dynamodb-port',
      '2',
      '--control-port',
      '3',
      '--inspector-port',
      '4',
      '--no-synth',
    ];

    expect(parseStartOptions(args, CWD)).toEqual({
      dataDir: path.resolve(CWD, 'd'),
      reset: true,
      inboxDir: '/in',
      s3Port: 1,
      dynamoPort: 2,
      controlPort: 3,
      inspectorPort: 4,
      synth: false,
      help: false,
    });
  });

  it('rejects an unknown option with a usage error', () => {
    expect(() => parseStartOptions(['--bogus'], CWD)).toThrow(UsageError);
    expect(() => parseStartOptions(['--bogus'], CWD)).toThrow("Unknown option '--bogus'.");
  });

  it('rejects an argument, as start takes options only', () => {
    expect(() => parseStartOptions(['now'], CWD)).toThrow(UsageError);
  });

  it('rejects a port that is not a port number', () => {
    expect(() => parseStartOptions(['--s3-port', 'abc'], CWD)).toThrow(
      '--s3-port wants a port number from 1 to 65535, not abc.',
    );
  });
});
