import { extname } from 'node:path';

/** What `aws s3 cp` would guess for the formats the pipeline reads; others get S3's default. */
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

export const contentTypeFor = (file: string): string | undefined =>
  CONTENT_TYPES[extname(file).toLowerCase()];
