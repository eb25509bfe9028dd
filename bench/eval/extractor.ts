import { buildRecord } from '../../shared/pipeline/build-record.ts';
import type { EvalSample } from './corpus.ts';

/** A fixed clock, later than every date in the corpus, so runs are reproducible. */
export const EVAL_NOW = new Date('2026-01-01T00:00:00.000Z');

export type Extraction = ReturnType<typeof buildRecord>;

export const extractSample = (sample: EvalSample): Extraction =>
  buildRecord({ bytes: sample.bytes, source: sample.source, now: EVAL_NOW });
