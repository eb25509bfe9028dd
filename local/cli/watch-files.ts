import { type FSWatcher, watch } from 'node:fs';
import { sep } from 'node:path';
import { isHidden } from './upload-plan.ts';

/** A file is taken once it has had no event this long: editors and copies write in bursts. */
export const WATCH_DEBOUNCE_MS = 500;
/**
 * Files waiting for their burst to end; past this a change is dropped with a warning, so
 * a tool that writes a million files cannot grow the watcher without bound.
 */
export const MAX_PENDING_FILES = 10_000;

/**
 * Names that are files still being written: browsers' and tools' partial downloads
 * (.part, .crdownload, .download), temporary copies (.tmp, rsync's hidden ones are
 * skipped as hidden), editors' swap and backup files (.swp, ~, #name#).
 */
const PARTIAL = /(\.(part|partial|crdownload|download|tmp|temp|swp|swx)|~)$|^#.*#$/i;

/** True for a path (relative, either separator) no one means to upload. */
export const isSkippedPath = (relativePath: string): boolean =>
  relativePath
    .split(/[\\/]/)
    .some((segment) => segment === '' || isHidden(segment) || PARTIAL.test(segment));

export interface WatchEvents {
  /** A file (relative to the folder, POSIX separators) that changed and then went quiet. */
  onSettled: (relativePath: string) => void;
  /** A change dropped because MAX_PENDING_FILES were already waiting. */
  onDropped: (relativePath: string) => void;
}

export interface FileWatch {
  /** Changes seen but not yet settled. */
  pending: () => number;
  /** Stops watching; changes still in their burst are forgotten. */
  close: () => void;
}

/**
 * Watches `dir` and every folder under it (fs.watch, recursive) and reports each file
 * once its burst of events is over. Hidden and partial files are never reported; a
 * path that is no longer a file is the caller's to notice (fs.watch cannot say).
 */
export const watchFiles = (
  dir: string,
  { onSettled, onDropped }: WatchEvents,
  debounceMs = WATCH_DEBOUNCE_MS,
): FileWatch => {
  const timers = new Map<string, NodeJS.Timeout>();
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    if (name === null) return;
    const path = name.split(sep).join('/');
    if (isSkippedPath(path)) return;
    const waiting = timers.get(path);
    if (waiting === undefined && timers.size >= MAX_PENDING_FILES) return onDropped(path);
    clearTimeout(waiting);
    timers.set(
      path,
      setTimeout(() => {
        timers.delete(path);
        onSettled(path);
      }, debounceMs),
    );
  });
  return {
    pending: () => timers.size,
    close: () => {
      watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
};
