import type { ArticleOutcome } from '#shared/pipeline/build-record.ts';
import type { EvalSample } from './corpus.ts';
import type { StripSource } from './strip-markup.ts';
import type { TimingOptions } from './timed-run.ts';

/** A fixed clock, later than every date in the corpus, so runs are reproducible. */
export const EVAL_NOW = new Date('2026-01-01T00:00:00.000Z');

/** The article records built from one sample (a page gives one). */
export type Extraction = ArticleOutcome[];
export type Extract = (sample: EvalSample) => Extraction;

/**
 * Loads the extractor lazily, so a broken work-in-progress pipeline is reported in one
 * sentence rather than as a stack trace from the import graph.
 */
export const loadExtractor = async (): Promise<Extract> => {
  const { articlesOf, buildObject } = await import('#shared/pipeline/build-record.ts');
  return (sample) =>
    articlesOf(buildObject({ bytes: sample.bytes, source: sample.source, now: EVAL_NOW }));
};

/**
 * What every set needs: the extractor, where the corpus is, where to write, timing, and
 * the markup to strip from each HTML page before extraction (none by default).
 */
export interface EvalContext {
  extract: Extract;
  corpusDir: string;
  outDir: string;
  timing: TimingOptions;
  strip: readonly StripSource[];
}
