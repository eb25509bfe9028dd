import type { BandProbe, NearDuplicateProbes } from '../domain/fingerprint-bands.ts';
import type { Limits } from '../domain/limits.ts';
import type { ObjectRef } from '../domain/object-ref.ts';
import type { ArticleRecord, ContentRef, IngestedRecord } from '../domain/record.ts';

/** The ports the orchestration talks through. Only `shared/adapters` implements them. */

export type FetchResult =
  | {
      kind: 'found';
      bytes: Uint8Array;
      size: number;
      contentType?: string;
      versionId?: string;
      eTag?: string;
    }
  /** Gone since the event was sent; the removal's own event will record that. */
  | { kind: 'missing' }
  /** Larger than `maxBytes`; the body was not read. */
  | { kind: 'too-large'; size: number };

/** Whether an object (version) is in the bucket now; `absent` for a delete marker too. */
export type ObjectPresence = 'present' | 'absent';

export interface ObjectSource {
  fetchObject(ref: ObjectRef, options: { maxBytes: number }): Promise<FetchResult>;
  /**
   * Checks, without reading the body, whether the version `ref` names (the current
   * version when it names none) exists now. A removal is applied only when it does not.
   */
  headObject(ref: ObjectRef): Promise<ObjectPresence>;
}

/** Which pointer a copy holds: `duplicateOf` (exact) or `nearDuplicateOf` (near). */
export type CopyKind = 'exact' | 'near';

/** `stale`: the stored record has the same or a newer sequencer, so nothing was written. */
export type WriteOutcome = 'written' | 'stale';

export interface PutOptions {
  /**
   * Write only if the stored record is still the one read before (its `sequencerKey`, or
   * `null` for none): an optimistic check that no other event wrote in between.
   */
  ifStoredSequencerKey?: string | null;
}

export interface RecordStore {
  /** Writes the record unless the stored one has the same or a newer `sequencerKey`. */
  putRecord(record: ArticleRecord, options?: PutOptions): Promise<WriteOutcome>;
  /** A strongly consistent read. */
  getRecord(articleId: string): Promise<ArticleRecord | null>;
  /**
   * Drops `retiring` from a file's record once the tombstones it lists are written,
   * unless a later event has rewritten the record since (then it does nothing).
   */
  clearRetiring(articleId: string, sequencerKey: string): Promise<void>;
  /**
   * Rewrites a stored copy with its new `duplicateOf` (`nearDuplicateOf` for a `near`
   * copy; none when it is promoted to original), only if the stored record still has the
   * copy's `sequencerKey` and still points at `departedId` by that field: `stale` when
   * another write got there first.
   */
  repointCopy(copy: IngestedRecord, departedId: string, kind?: CopyKind): Promise<WriteOutcome>;
  /** The ids of the stored near copies pointing at `originalId` (`nearDuplicateOf`). */
  findNearCopies(originalId: string): Promise<string[]>;
  /**
   * Every stored article with this exact content hash (the record asking included, once
   * stored): which of them is the original is the pipeline's rule, not the store's. The
   * body's fingerprint, when it has one, is what the store keys the hash under.
   */
  findByContentHash(contentHash: string, fingerprint?: string): Promise<ContentHashMatch[]>;
  /**
   * Every stored article that can be a near-duplicate's original and has one of these
   * band values (`bandProbes`), each once: candidates only; how alike they are is the
   * pipeline's rule.
   */
  findByFingerprintBands(probes: readonly BandProbe[]): Promise<FingerprintMatch[]>;
  /**
   * Both questions of the duplicate rules at once, for an article that will ask both:
   * the stored articles with its content hash (`findByContentHash`) and the candidates
   * sharing one of these band values (`findByFingerprintBands`). A store may answer them
   * with fewer reads than the two calls (exact copies share band 0, which keys the hash).
   */
  findCopyCandidates(
    contentHash: string,
    fingerprint: string,
    probes: readonly BandProbe[],
  ): Promise<CopyCandidates>;
}

/** What `findCopyCandidates` finds: exact copies' originals and near-duplicate candidates. */
export interface CopyCandidates {
  sameContent: ContentHashMatch[];
  nearCandidates: FingerprintMatch[];
}

/** What the store tells of one stored article sharing a fingerprint band. */
export interface FingerprintMatch {
  articleId: string;
  fingerprint: string;
  ingestedAt: string;
}

/** What the store tells of one stored article sharing a content hash. */
export interface ContentHashMatch {
  articleId: string;
  ingestedAt: string;
  /** Set when that article is itself a copy of another. */
  duplicateOf?: string;
}

export interface ContentStore {
  /** Stores an offloaded body (JSON text) under `key` and returns where it lives. */
  putContent(key: string, json: string): Promise<ContentRef>;
}

/** Reads an offloaded body back (JSON text, as `putContent` stored it), for readers of records. */
export interface ContentReader {
  getContent(contentRef: ContentRef): Promise<string>;
}

export interface IngestDeps {
  source: ObjectSource;
  store: RecordStore;
  content: ContentStore;
  now: () => Date;
  /** The per-file limits in force (`DEFAULT_LIMITS` when not given). */
  limits?: Limits;
  /** How the near-duplicate lookup probes (`DEFAULT_NEAR_DUPLICATE_PROBES` if not given). */
  nearDuplicateProbes?: NearDuplicateProbes;
}
