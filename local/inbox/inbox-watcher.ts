import { type FSWatcher, mkdirSync, watch } from 'node:fs';
import { readdir, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A file whose size and mtime stayed the same this long is done being written. */
export const STABLE_MS = 300;
/** fs.watch misses events on some file systems; a rescan this often catches up. */
const RESCAN_MS = 1_000;

export interface InboxOptions {
  dir: string;
  /** Uploads the file under `key` (its path inside the inbox, `/`-separated). */
  upload: (key: string, file: string) => Promise<void>;
  onUploaded?: (key: string) => void;
  onError?: (key: string, error: unknown) => void;
  stableMs?: number;
}

export interface Inbox {
  stop(): Promise<void>;
}

interface Seen {
  size: number;
  mtimeMs: number;
  since: number;
}

/** Hidden files are editors' and copy tools' temporaries, not articles. */
const isHidden = (name: string) => name.startsWith('.');

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries
      .filter((entry) => !isHidden(entry.name))
      .map((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return listFiles(full);
        return Promise.resolve(entry.isFile() ? [full] : []);
      }),
  );
  return nested.flat();
};

/** Removes the folders a dropped tree leaves behind, up to (not including) the inbox. */
const removeEmptyParents = async (dir: string, root: string): Promise<void> => {
  if (path.relative(root, dir) === '' || path.relative(root, dir).startsWith('..')) return;
  const removed = await rmdir(dir).then(
    () => true,
    () => false, // not empty: another file is still on its way
  );
  if (removed) await removeEmptyParents(path.dirname(dir), root);
};

/**
 * Watches a folder and uploads each file once it is stable, then removes it: dropping
 * a file into the inbox is dropping it into the bucket.
 */
export const startInbox = (options: InboxOptions): Inbox => {
  const stableMs = options.stableMs ?? STABLE_MS;
  mkdirSync(options.dir, { recursive: true });
  const seen = new Map<string, Seen>();
  const uploading = new Map<string, Promise<void>>();
  let scanning = false;
  let stopped = false;

  const uploadFile = async (file: string, key: string, facts: Seen) => {
    try {
      await options.upload(key, file);
      const now = await stat(file).catch(() => undefined);
      if (now && now.size === facts.size && now.mtimeMs === facts.mtimeMs) {
        await unlink(file);
        await removeEmptyParents(path.dirname(file), options.dir);
      }
      seen.delete(file);
      options.onUploaded?.(key);
    } catch (error) {
      seen.set(file, { ...facts, since: Date.now() });
      options.onError?.(key, error);
    }
  };

  const consider = async (file: string, now: number) => {
    if (uploading.has(file)) return;
    const facts = await stat(file).catch(() => undefined);
    if (!facts) return void seen.delete(file);
    const last = seen.get(file);
    if (!last || last.size !== facts.size || last.mtimeMs !== facts.mtimeMs) {
      seen.set(file, { size: facts.size, mtimeMs: facts.mtimeMs, since: now });
      return;
    }
    if (now - last.since < stableMs) return;
    const key = path.relative(options.dir, file).split(path.sep).join('/');
    const run = uploadFile(file, key, last).finally(() => uploading.delete(file));
    uploading.set(file, run);
  };

  const scan = async () => {
    if (scanning || stopped) return;
    scanning = true;
    try {
      const now = Date.now();
      for (const file of await listFiles(options.dir)) await consider(file, now);
    } finally {
      scanning = false;
    }
  };

  let debounce: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(debounce);
    debounce = setTimeout(
      () => void scan().then(() => setTimeout(() => void scan(), stableMs)),
      50,
    );
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.dir, { recursive: true }, soon);
  } catch {
    watcher = undefined; // the periodic rescan still finds new files
  }
  const interval = setInterval(() => void scan(), Math.min(RESCAN_MS, stableMs));
  void scan();

  return {
    async stop() {
      stopped = true;
      watcher?.close();
      clearInterval(interval);
      clearTimeout(debounce);
      await Promise.allSettled([...uploading.values()]);
    },
  };
};
