/**
 * The news-wire family: NITF and NewsML-G2.
 * What code outside this folder uses (see ../README.md).
 */
export { readNewsml } from './newsml.ts';
export { parseNitf } from './nitf.ts';
