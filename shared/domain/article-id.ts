import { createHash } from 'node:crypto';

/**
 * A stable id from bucket + key, so a re-upload updates the same record. Hashing
 * keeps it short and free of the characters keys may contain.
 */
export const articleIdFor = (bucket: string, key: string): string =>
  createHash('sha256').update(`${bucket}\n${key}`).digest('hex').slice(0, 32);
