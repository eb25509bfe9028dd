/**
 * The feed family: RSS and Atom, one item per entry.
 * What code outside this folder uses (see ../README.md).
 */
export { readAtom } from './atom.ts';
export { readRss } from './rss.ts';
