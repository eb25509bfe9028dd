import { closestBandGap, MIN_NEAR_DUPLICATE_WORDS } from '#shared/domain/fingerprint-bands.ts';
import type { IngestedRecord } from '#shared/domain/record.ts';
import { hammingDistance } from '#shared/extract/fingerprint.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';
import { createRng, seedFor } from '../fuzz/prng.ts';
import {
  applyEdit,
  followUpStory,
  renderStory,
  sameTopicStory,
  WIRE_EDITS,
  type WireEdit,
  type WireStory,
  wireRewrite,
} from './rewrites.ts';

/** What the near-duplicate rule sees of one article. */
interface Print {
  fingerprint: string;
  contentHash: string;
  wordCount: number;
}

export type PairKind = 'wire copy' | 'different article' | 'same topic' | 'follow-up';

/** Two articles the rule compares, and the truth: `wire copy` pairs should be marked. */
export interface Pair {
  kind: PairKind;
  /** The edits a wire copy underwent. */
  edits: WireEdit[];
  distance: number;
  /** The bodies are equal: the exact rule (`duplicateOf`) marks it, not this one. */
  exact: boolean;
  /** Both bodies have enough words for the rule to judge. */
  long: boolean;
  /** The original's words: edits of the same size move a short body's simhash further. */
  words: number;
  /** The fewest bits a band of the two differs in: 0, the same band; 1, found by a probe. */
  bandGap: number;
}

export interface SourceStory {
  slug: string;
  story: WireStory;
  /** The story's content words, for a same-topic article. */
  terms: readonly string[];
}

const NOW = new Date('2026-01-15T12:00:00Z');

/** The record the pipeline makes of a story uploaded as a text file. */
const printOf = (story: WireStory): Print | undefined => {
  const built = buildObject({
    bytes: new TextEncoder().encode(renderStory(story)),
    source: { bucket: 'near-dups', key: 'story.txt', sequencer: '01', contentType: 'text/plain' },
    now: NOW,
  });
  const record = built.kind === 'article' ? built.record : undefined;
  if (record?.status !== 'ingested' || record.fingerprint === undefined) return undefined;
  return {
    fingerprint: record.fingerprint,
    contentHash: record.contentHash,
    wordCount: record.wordCount,
  };
};

const pairOf = (kind: PairKind, edits: WireEdit[], a: Print, b: Print): Pair => ({
  kind,
  edits,
  distance: hammingDistance(a.fingerprint, b.fingerprint),
  exact: a.contentHash === b.contentHash,
  long: Math.min(a.wordCount, b.wordCount) >= MIN_NEAR_DUPLICATE_WORDS,
  words: a.wordCount,
  bandGap: closestBandGap(a.fingerprint, b.fingerprint),
});

/** A golden record's body as a wire story. */
export const storyOf = (slug: string, record: IngestedRecord): SourceStory => ({
  slug,
  story: {
    title: record.title,
    ...(record.authors[0] !== undefined && { byline: `By ${record.authors[0]}` }),
    paragraphs: record.body.split(/\n{2,}/).filter((p) => p.trim() !== ''),
  },
  terms: record.keywords,
});

export interface PairOptions {
  seed: number;
  /** Wire copies per story, with 1 to 3 edits each. */
  copies: number;
}

/**
 * Every pair of the measurement: per story, `copies` wire copies (1-3 edits) and one
 * copy per single edit, a same-topic article and a follow-up; and every two different
 * stories. Deterministic for a seed.
 */
export const generatePairs = (stories: readonly SourceStory[], options: PairOptions): Pair[] => {
  const printed = stories.flatMap((source) => {
    const print = printOf(source.story);
    return print ? [{ source, print }] : [];
  });
  const pairs: Pair[] = [];
  const add = (kind: PairKind, edits: WireEdit[], original: Print, story: WireStory) => {
    const print = printOf(story);
    if (print) pairs.push(pairOf(kind, edits, original, print));
  };
  for (const { source, print } of printed) {
    const rng = (...purpose: (string | number)[]) =>
      createRng(seedFor(options.seed, source.slug, ...purpose));
    for (let copy = 0; copy < options.copies; copy += 1) {
      const rewrite = wireRewrite(source.story, rng('copy', copy), 1 + (copy % 3));
      add('wire copy', rewrite.edits, print, rewrite.story);
    }
    for (const edit of WIRE_EDITS)
      add('wire copy', [edit], print, applyEdit(source.story, edit, rng(edit)));
    add('same topic', [], print, sameTopicStory(source.story, source.terms, rng('topic')));
    add('follow-up', [], print, followUpStory(source.story, rng('follow-up')));
  }
  printed.forEach((a, i) => {
    for (const b of printed.slice(i + 1))
      pairs.push(pairOf('different article', [], a.print, b.print));
  });
  return pairs;
};
