/**
 * The packed family: gzip and zip uploads, unpacked within limits, and the limited
 * inflate a PDF's compressed streams use too.
 * What code outside this folder uses (see ../README.md).
 */
export {
  type ExpansionBudget,
  newExpansionBudget,
  unzlibWithLimits,
} from './inflate-limits.ts';
export { readGzip, readZip, type Unpacking, uploadUnpacking } from './read-packed.ts';
