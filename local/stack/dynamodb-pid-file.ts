import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOOPBACK_LAUNCHER } from '../emulators/dynamodb-local.ts';
import { isProcessAlive } from './running-stack.ts';

/** Where a stack records its DynamoDB Local JVM, so a later start can end a stale one. */
export const dynamoPidFile = (dataDir: string) => path.join(dataDir, 'dynamodb.pid');

/** How long a killed JVM may take to disappear before its port is checked. */
const GONE_TIMEOUT_MS = 5_000;
const POLL_MS = 50;

interface Recorded {
  pid: number;
  port: number;
}

export const recordDynamoPid = (dataDir: string, recorded: Recorded): void =>
  writeFileSync(dynamoPidFile(dataDir), `${JSON.stringify(recorded)}\n`);

export const forgetDynamoPid = (dataDir: string): void =>
  rmSync(dynamoPidFile(dataDir), { force: true });

const readRecorded = (dataDir: string): Recorded | undefined => {
  try {
    const { pid, port } = JSON.parse(readFileSync(dynamoPidFile(dataDir), 'utf8')) as Recorded;
    return Number.isInteger(pid) && pid > 1 && Number.isInteger(port) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
};

/** The process's arguments, or undefined when it is gone (or this is not Linux). */
const commandLineOf = (pid: number): string[] | undefined => {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return text === '' ? undefined : text.split('\0'); // empty: a zombie, already dead
  } catch {
    return undefined;
  }
};

/**
 * True only for our launcher on that port with that data folder: a recycled pid that
 * now belongs to something else must never be killed.
 */
export const isOurDynamoDbLocal = (args: string[], port: number, dbDir: string): boolean => {
  const at = (flag: string) => args[args.indexOf(flag) + 1];
  return (
    args.includes(LOOPBACK_LAUNCHER) &&
    args.includes('-port') &&
    at('-port') === String(port) &&
    args.includes('-dbPath') &&
    at('-dbPath') === dbDir
  );
};

/**
 * Ends the DynamoDB Local JVM an earlier run of this data dir left behind (its parent
 * was killed with its watchdog), so its port is free again. Returns the pid it ended.
 */
export const endStaleDynamoDbLocal = async (
  dataDir: string,
  dbDir: string,
): Promise<number | undefined> => {
  const recorded = readRecorded(dataDir);
  if (!recorded) return undefined;
  const args = commandLineOf(recorded.pid);
  if (!args || !isOurDynamoDbLocal(args, recorded.port, dbDir)) {
    forgetDynamoPid(dataDir);
    return undefined;
  }
  process.kill(recorded.pid, 'SIGKILL');
  const deadline = Date.now() + GONE_TIMEOUT_MS;
  while (isProcessAlive(recorded.pid) && commandLineOf(recorded.pid) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  forgetDynamoPid(dataDir);
  return recorded.pid;
};
