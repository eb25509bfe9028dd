/**
 * Node's file-system errors as one sentence a user can act on: `Cannot read 'a.txt':
 * permission denied.` instead of `Unexpected error: EACCES: permission denied, open
 * 'a.txt'`. Only errors Node raised for a path (they carry `code`, `syscall` and `path`);
 * anything else is left to the caller.
 */

/** What each common errno means, in the words `ls` and `cp` use. */
const MEANINGS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EMFILE: 'too many open files (raise `ulimit -n`)',
  ENFILE: 'too many open files on the system',
  EROFS: 'the file system is read-only',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'the resource is busy',
  EIO: 'an input/output error',
  EFBIG: 'the file is too large',
};

/** The verb for what the call was doing, so the sentence says read or write. */
const VERBS: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  scandir: 'list the directory',
  opendir: 'list the directory',
  mkdir: 'create the directory',
  stat: 'read',
  lstat: 'read',
  unlink: 'remove',
  rename: 'rename',
  copyfile: 'copy',
};

interface PathError {
  code: string;
  syscall?: string;
  path: string;
}

const ERRNO_CODE = /^E[A-Z0-9]+$/;

/** True for an error Node raised about one path (`open`, `scandir`, `write`…). */
export const isPathError = (error: unknown): error is Error & PathError => {
  const { code, path } = (error ?? {}) as Partial<PathError>;
  return (
    error instanceof Error &&
    typeof code === 'string' &&
    ERRNO_CODE.test(code) &&
    typeof path === 'string'
  );
};

/**
 * A write without a path is the CLI's own output (stdout to a full disk, `> /dev/full`):
 * the one errno error without a path that is about a file the user chose.
 */
export const isOutputError = (error: unknown): error is Error & { code: string } => {
  const { code, syscall, path } = (error ?? {}) as Partial<PathError>;
  return (
    error instanceof Error &&
    typeof code === 'string' &&
    ERRNO_CODE.test(code) &&
    syscall === 'write' &&
    path === undefined
  );
};

/** `Cannot write the output: no space left on the device.` */
export const outputSentence = (code: string): string =>
  `Cannot write the output: ${errnoMeaning(code)}.`;

/** `permission denied` for EACCES; the bare code for one without a phrase here. */
export const errnoMeaning = (code: string | undefined): string =>
  (code && MEANINGS[code]) ?? code ?? 'unreadable';

/** `Cannot read 'a.txt': permission denied.` (the path as given to the call). */
export const errnoSentence = (error: PathError): string => {
  const verb = (error.syscall && VERBS[error.syscall]) ?? 'use';
  return `Cannot ${verb} '${error.path}': ${errnoMeaning(error.code)}.`;
};
