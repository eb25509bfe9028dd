import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from '#local/emulators/free-port.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** `npm start` as a child process: what it printed (stdout and stderr) and how it ended. */
export interface StartRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `local/start.ts` with `args` from the project folder. */
export const runStart = (args: string[]): StartRun => {
  const child = spawn(TSX, ['local/start.ts', ...args], { cwd: ROOT, stdio: 'pipe' });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
};

/** `--s3-port`, `--dynamodb-port`, `--control-port` and `--inspector-port`, each a free port. */
export const freePortArgs = async (): Promise<string[]> => [
  '--s3-port',
  String(await findFreePort()),
  '--dynamodb-port',
  String(await findFreePort()),
  '--control-port',
  String(await findFreePort()),
  '--inspector-port',
  String(await findFreePort()),
];
