import path from 'node:path';
import { portNumber } from './command-line/option-values.ts';
import { parseOptions } from './command-line/parse-options.ts';

export interface StartOptions {
  dataDir: string;
  reset: boolean;
  inboxDir: string;
  s3Port: number;
  dynamoPort: number;
  controlPort: number;
  /** The inspector page's port (local/inspector/). */
  inspectorPort: number;
  synth: boolean;
  help: boolean;
}

export const USAGE =
  'usage: npm start -- [--data-dir DIR] [--reset] [--inbox DIR] [--s3-port N] [--dynamodb-port N] [--control-port N] [--inspector-port N] [--no-synth] [--help]';

const OPTIONS = {
  'data-dir': { type: 'string' },
  reset: { type: 'boolean' },
  inbox: { type: 'string' },
  's3-port': { type: 'string' },
  'dynamodb-port': { type: 'string' },
  'control-port': { type: 'string' },
  'inspector-port': { type: 'string' },
  'no-synth': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `start`'s options (a `UsageError` when wrong); relative folders resolve against `cwd`. */
export const parseStartOptions = (args: readonly string[], cwd: string): StartOptions => {
  const { values } = parseOptions(args, OPTIONS);
  return {
    dataDir: path.resolve(cwd, values['data-dir'] ?? '.local'),
    reset: values.reset === true,
    inboxDir: path.resolve(cwd, values.inbox ?? 'inbox'),
    s3Port: portNumber('--s3-port', values['s3-port'], 4569),
    dynamoPort: portNumber('--dynamodb-port', values['dynamodb-port'], 8000),
    controlPort: portNumber('--control-port', values['control-port'], 4570),
    inspectorPort: portNumber('--inspector-port', values['inspector-port'], 4571),
    synth: values['no-synth'] !== true,
    help: values.help === true,
  };
};
