import { extname } from 'node:path';

/**
 * The Content-Type an object gets from a plain upload of the file: the bare media type
 * `aws s3 cp` guesses from the extension, with no charset. A charset here would be an
 * invention: the function decodes by a declared charset first, so `; charset=utf-8` on
 * a windows-1251 page would override the page's own `<meta charset>` and garble it.
 */
const CONTENT_TYPES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '.txt': 'text/plain',
    '.md': 'text/markdown',
    '.markdown': 'text/markdown',
    '.html': 'text/html',
    '.htm': 'text/html',
    '.xml': 'application/xml',
    '.json': 'application/json',
    '.pdf': 'application/pdf',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.zip': 'application/zip',
    '.gz': 'application/gzip',
  }),
);

/** What S3 stores for an upload that names no type (the SDK sends this one). */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/**
 * The one table `put`, the inbox and `extract` share, so a file's record says the same
 * whichever way it came in.
 */
export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES.get(extname(file).toLowerCase()) ?? DEFAULT_CONTENT_TYPE;
