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

/** A live stack answers at once; a stuck or foreign process gets this long. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * The pid of a local stack that really runs on `dataDir`: its pid is alive and its
 * control API answers to the token in stack.json. A stack.json left by a killed run (or
 * one whose pid now belongs to another program) is stale and will be replaced.
 */
export const findRunningStack = async (dataDir: string): Promise<number | undefined> => {
  const pid = runningStackPid(dataDir);
  if (pid === undefined) return undefined;
  try {
    const { controlEndpoint, controlToken } = JSON.parse(
      readFileSync(stackFilePath(dataDir), 'utf8'),
    ) as { controlEndpoint?: unknown; controlToken?: unknown };
    if (typeof controlEndpoint !== 'string' || typeof controlToken !== 'string') return undefined;
    const answer = await fetch(`${controlEndpoint}/health`, {
      headers: { authorization: `Bearer ${controlToken}` },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    await answer.body?.cancel();
    return answer.status === 200 || answer.status === 503 ? pid : undefined;
  } catch {
    return undefined;
  }
};
