import { existsSync, readFileSync } from 'node:fs';
import { stackFilePath } from './stack-file.ts';

/** Signal 0 probes without signalling; EPERM means the process exists but is someone else's. */
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid of a live local stack that uses `dataDir`, if one runs (a stale stack.json is not one). */
export const runningStackPid = (dataDir: string): number | undefined => {
  const file = stackFilePath(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && pid !== process.pid && isProcessAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
};
