import { createHash } from 'node:crypto';

/**
 * A stable id from bucket + key, so a re-upload updates the same record. Hashing
 * keeps it short and free of the characters keys may contain.
 */
export const articleIdFor = (bucket: string, key: string): string =>
  createHash('sha256').update(`${bucket}\n${key}`).digest('hex').slice(0, 32);

/**
 * The id of one article inside a file that holds several: stable per item key, so a
 * re-uploaded feed updates its items. The `#` prefix cannot begin a bucket name, so no
 * item id equals an object's id.
 */
export const itemArticleIdFor = (objectId: string, itemKey: string): string =>
  createHash('sha256').update(`#item\n${objectId}\n${itemKey}`).digest('hex').slice(0, 32);
