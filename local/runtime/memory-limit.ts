import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/**
 * Node needs memory besides its V8 heap: code, stacks, and Buffers (object bodies live
 * outside the heap). Keep 10% of the function's MemorySize for that, and never less
 * than 48 MB (about what a bare Node process takes).
 */
const NON_HEAP_SHARE = 0.1;
const MIN_NON_HEAP_MB = 48;
/** Below this V8 cannot even load the bundle. */
/** V8's young generation is three semi-spaces; small functions get small ones... */
const YOUNG_SEMI_SPACES = 3;
/** ...1 MB per 64 MB of memory, up to V8's own default of 16 MB. */
const MB_PER_SEMI_SPACE_MB = 64;
const MAX_SEMI_SPACE_MB = 16;
const MIN_HEAP_MB = 32;
/** How often the process's resident memory is compared with MemorySize. */
const RSS_POLL_MS = 200;
const VM_RSS = /^VmRSS:\s+(\d+) kB$/m;
const KB_PER_MB = 1024;

/** The whole V8 heap (old and young generation, MB) for a function of `memoryMb`. */
export const heapLimitMb = (memoryMb: number): number =>
  Math.max(
    MIN_HEAP_MB,
    Math.floor(memoryMb - Math.max(MIN_NON_HEAP_MB, memoryMb * NON_HEAP_SHARE)),
  );

/** The Node flags that cap the worker's heap at `heapLimitMb(memoryMb)`. */
export const memoryFlags = (memoryMb: number): string[] => {
  const semiSpace = Math.min(
    MAX_SEMI_SPACE_MB,
    Math.max(1, Math.floor(memoryMb / MB_PER_SEMI_SPACE_MB)),
  );
  const oldSpace = heapLimitMb(memoryMb) - YOUNG_SEMI_SPACES * semiSpace;
  return [`--max-old-space-size=${oldSpace}`, `--max-semi-space-size=${semiSpace}`];
};

const residentMb = async (pid: number): Promise<number | undefined> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const kb = status ? VM_RSS.exec(status)?.[1] : undefined;
  return kb === undefined ? undefined : Number(kb) / KB_PER_MB;
};

/**
 * Kills the process, as Lambda does, once its resident memory (heap, Buffers and all)
 * exceeds `memoryMb`, and then calls `onExceeded`. Linux only (it reads /proc); the
 * heap cap above applies everywhere. Returns a function that stops watching.
 */
export const enforceMemorySize = (
  child: ChildProcess,
  memoryMb: number,
  onExceeded: () => void,
): (() => void) => {
  const timer = setInterval(async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const rss = await residentMb(child.pid);
    if (rss === undefined || rss <= memoryMb) return;
    clearInterval(timer);
    onExceeded();
    child.kill('SIGKILL');
  }, RSS_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
};
