import path from 'node:path';
import { parseArgs } from 'node:util';

export interface StartOptions {
  dataDir: string;
  reset: boolean;
  inboxDir: string;
  s3Port: number;
  dynamoPort: number;
  controlPort: number;
  synth: boolean;
}

/** The command line is wrong; the message is one sentence for stderr (exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE =
  'usage: npm start -- [--data-dir DIR] [--reset] [--inbox DIR] [--s3-port N] [--dynamodb-port N] [--control-port N] [--no-synth]';

const MAX_PORT = 65_535;

const portOf = (value: string | undefined, option: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > MAX_PORT)
    throw new UsageError(`${option} must be a port number from 1 to ${MAX_PORT}, not "${value}".`);
  return port;
};

/** Parses `start`'s options; relative folders are resolved against `cwd`. */
export const parseStartOptions = (args: string[], cwd: string): StartOptions => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        'data-dir': { type: 'string' },
        reset: { type: 'boolean' },
        inbox: { type: 'string' },
        's3-port': { type: 'string' },
        'dynamodb-port': { type: 'string' },
        'control-port': { type: 'string' },
        'no-synth': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (${USAGE})`);
  }
  const str = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  return {
    dataDir: path.resolve(cwd, str('data-dir') ?? '.local'),
    reset: values.reset === true,
    inboxDir: path.resolve(cwd, str('inbox') ?? 'inbox'),
    s3Port: portOf(str('s3-port'), '--s3-port', 4569),
    dynamoPort: portOf(str('dynamodb-port'), '--dynamodb-port', 8000),
    controlPort: portOf(str('control-port'), '--control-port', 4570),
    synth: values['no-synth'] !== true,
  };
};
