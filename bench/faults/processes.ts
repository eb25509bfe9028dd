import { readdirSync, readFileSync } from 'node:fs';

/**
 * The processes the stack started, read from /proc (Linux): the function's workers and
 * the DynamoDB Local JVM are among its descendants. Only pids found this way are ever
 * signalled by the suite.
 */
export interface ChildProcessInfo {
  pid: number;
  /** The command line, arguments joined by spaces. */
  command: string;
}

/** The fields of /proc/<pid>/stat after the command name (which may contain spaces). */
const STAT_AFTER_NAME = /\)\s+\S+\s+(\d+)/;
const DIGITS = /^\d+$/;

const parentOf = (pid: number): number | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const match = STAT_AFTER_NAME.exec(stat);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
};

export const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
};

/**
 * The live descendants of `rootPid` (children, their children ...): a supervisor may sit
 * between the stack and the JVM it runs.
 */
export const descendantProcesses = (rootPid: number): ChildProcessInfo[] => {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!DIGITS.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent !== undefined) parents.set(Number(name), parent);
  }
  const found = new Set<number>([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents)
      if (found.has(parent) && !found.has(pid)) {
        found.add(pid);
        grew = true;
      }
  }
  found.delete(rootPid);
  return [...found].map((pid) => ({ pid, command: commandOf(pid) }));
};

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGKILLs one pid if it still runs; true when a signal was sent. */
export const killPid = (pid: number): boolean => {
  if (!isAlive(pid)) return false;
  try {
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
};

/** The function's execution environments: children running the worker script. */
export const isFunctionWorker = (child: ChildProcessInfo) => child.command.includes('worker.mjs');
const JAVA_COMMAND = /^\S*java\s/;

/** DynamoDB Local: a Java process running its jar (not a supervisor naming it). */
export const isDynamoJvm = (child: ChildProcessInfo) =>
  JAVA_COMMAND.test(child.command) && child.command.includes('DynamoDBLocal');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
