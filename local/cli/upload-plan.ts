import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { CliError, usageError } from './cli-error.ts';
import { errnoMeaning } from './errno-sentence.ts';

/** One file to upload and the object key it gets. */
export interface Upload {
  file: string;
  key: string;
}

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * The object key for a file: the prefix, then the file's path relative to the
 * directory it was found under (POSIX separators), or its bare name when it was
 * given directly. The prefix is used as is: add a trailing `/` for a folder.
 */
export const keyFor = (file: string, prefix: string, root?: string): string =>
  prefix + (root === undefined ? basename(file) : toPosix(relative(root, file)));

/** Hidden files in a folder are editors' and tools' leftovers (.DS_Store), not articles. */
export const isHidden = (name: string): boolean => name.startsWith('.');

const listFiles = async (dir: string): Promise<string[]> => {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !isHidden(entry.name))
      .map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return listFiles(path);
        return entry.isFile() ? [path] : [];
      }),
  );
  return nested.flat();
};

const statOrFail = async (path: string) => {
  try {
    return await stat(path);
  } catch (error) {
    const why = errnoMeaning((error as NodeJS.ErrnoException).code);
    throw new CliError(`Cannot read '${path}': ${why}.`, 1, { cause: error });
  }
};

/**
 * Expands the paths given to `put` into uploads: files as given, directories walked
 * recursively, skipping hidden entries.
 */
export const planUploads = async (paths: string[], prefix: string): Promise<Upload[]> => {
  const plans = await Promise.all(
    paths.map(async (path) => {
      if (!(await statOrFail(path)).isDirectory())
        return [{ file: path, key: keyFor(path, prefix) }];
      const files = (await listFiles(path)).sort();
      return files.map((file) => ({ file, key: keyFor(file, prefix, path) }));
    }),
  );
  return plans.flat();
};

/** A put or extract of nothing (an empty folder) is a wrong command line: exit 2, one sentence. */
export const requireFiles = (found: Upload[], paths: string[]): Upload[] => {
  if (found.length > 0) return found;
  const named = paths.map((path) => `'${path}'`).join(', ');
  throw usageError(`No files to work on in ${named} (hidden files are skipped).`);
};
