import {
  bandProbes,
  canBeNearOriginal,
  DEFAULT_NEAR_DUPLICATE_PROBES,
} from '../domain/fingerprint-bands.ts';
import { DEFAULT_LIMITS, type Limits } from '../domain/limits.ts';
import type { ObjectChange, ObjectRef } from '../domain/object-ref.ts';
import type { ArticleRecord, RecordStatus, RejectReason, SourceFacts } from '../domain/record.ts';
import { type ArticleOutcome, type BuiltObject, buildObject } from './build-record.ts';
import { mapLimited } from './map-limited.ts';
import { nearestOriginal } from './near-duplicate.ts';
import { offloadContent } from './offload-content.ts';
import { earliestOriginal } from './original.ts';
import type { FetchResult, IngestDeps, WriteOutcome } from './ports.ts';
import { rejectedRecord, removedRecord } from './record-base.ts';
import { type ItemTally, writeObject } from './write-object.ts';

/** The event S3 sends when one version is deleted for good (a delete naming a versionId). */
const VERSION_DELETE = 'ObjectRemoved:Delete';

/** What happened to one object change, for the log line and for tests. */
export interface IngestOutcome {
  bucket: string;
  key: string;
  change: ObjectChange;
  /**
   * `skipped`: nothing to write (a created object gone when fetched, or a removal of an
   * object that is still there); `skipReason` says which.
   */
  outcome: WriteOutcome | 'skipped';
  skipReason?: string;
  articleId?: string;
  status?: RecordStatus;
  reason?: RejectReason;
  /** For a file of several articles: what happened to their records. */
  items?: ItemTally;
  /** The write replaced a live record of the same article (a new version of the file). */
  replaced?: true;
  /** The article's record points at an earlier copy of it (`duplicateOf` or `nearDuplicateOf`). */
  copy?: 'exact' | 'near';
  /** Bytes of the object fetched. */
  bytes?: number;
  /** Time spent reading the bytes into records, by the change's clock. */
  extractionMs?: number;
}

/** Items of one file prepared at once (a duplicate lookup each, perhaps an offload). */
const PREPARE_CONCURRENCY = 8;

/**
 * One S3 object change -> the conditional writes of its record (and, for a file of several
 * articles, of theirs; see `writeObject`). Removals write a tombstone; creations fetch,
 * build and write. Deterministic problems with the file become `rejected` records;
 * anything a port throws propagates, so only this message is retried. The clock is read
 * once here: every record this change writes carries the same time.
 */
export const ingestObject = async (ref: ObjectRef, deps: IngestDeps): Promise<IngestOutcome> => {
  const now = deps.now();
  if (ref.change === 'removed') return removeObject(ref, deps, now);
  return fetchAndRecord(ref, deps, now);
};

const limitsOf = (deps: IngestDeps): Limits => deps.limits ?? DEFAULT_LIMITS;

const fetchAndRecord = async (
  ref: ObjectRef,
  deps: IngestDeps,
  now: Date,
): Promise<IngestOutcome> => {
  const limits = limitsOf(deps);
  const fetched = await deps.source.fetchObject(ref, { maxBytes: limits.maxObjectBytes });
  if (fetched.kind === 'missing') {
    return { ...identify(ref), outcome: 'skipped', skipReason: 'the object is gone' };
  }
  return recordFetched(ref, fetched, deps, now);
};

/**
 * A removal is applied only if the bucket agrees the object is gone: an event can be
 * forged, or stale and followed by a re-upload, and a tombstone must never hide a live
 * object. An `ObjectRemoved:Delete` that names a version deleted that version for good;
 * in a versioned bucket an older version may still be current, and then the article
 * lives on as that version (recorded with this event's sequencer). Every other removal
 * (a delete marker, a delete in an unversioned bucket) must leave no current version,
 * and writes a tombstone.
 */
const removeObject = async (
  ref: ObjectRef,
  deps: IngestDeps,
  now: Date,
): Promise<IngestOutcome> => {
  const versionDelete = ref.eventName === VERSION_DELETE && ref.versionId !== undefined;
  const { versionId: _named, ...current } = ref;
  // A delete marker's event names the marker's version: what must be gone is the current one.
  const checked = versionDelete ? ref : current;
  if ((await deps.source.headObject(checked)) === 'present') {
    const skipReason = versionDelete
      ? 'the removal names a version that still exists'
      : 'the object still exists';
    return { ...identify(ref), outcome: 'skipped', skipReason };
  }
  const tombstone = () => writeRecords(ref, removedRecord(sourceFacts(ref), now), [], deps, now);
  if (!versionDelete) return tombstone();
  const fetched = await deps.source.fetchObject(current, {
    maxBytes: limitsOf(deps).maxObjectBytes,
  });
  if (fetched.kind === 'missing') return tombstone();
  return recordFetched(current, fetched, deps, now);
};

const recordFetched = async (
  ref: ObjectRef,
  fetched: Exclude<FetchResult, { kind: 'missing' }>,
  deps: IngestDeps,
  now: Date,
): Promise<IngestOutcome> => {
  const limits = limitsOf(deps);
  if (fetched.kind === 'too-large') {
    const detail = `Object is ${fetched.size} bytes; the limit is ${limits.maxObjectBytes}`;
    const source = sourceFacts(ref, { size: fetched.size });
    return writeRecords(ref, rejectedRecord(source, 'too-large', detail, now), [], deps, now);
  }
  const source = sourceFacts(ref, fetched);
  // The file's time budget needs a running clock, not the change's one instant.
  const clock = () => deps.now().getTime();
  const started = clock();
  const built = buildObject({ bytes: fetched.bytes, source, now, limits, clock });
  const extractionMs = clock() - started;
  const { record, items } = await prepareBuilt(built, deps, now);
  const outcome = await writeRecords(ref, record, items, deps, now);
  return { ...outcome, ...copyOf(record), bytes: fetched.size, extractionMs };
};

/** Which kind of copy the article is, for the operators' counts. */
const copyOf = (record: ArticleRecord): Pick<IngestOutcome, 'copy'> => {
  if (record.status !== 'ingested') return {};
  if (record.duplicateOf !== undefined) return { copy: 'exact' };
  return record.nearDuplicateOf !== undefined ? { copy: 'near' } : {};
};

/**
 * Points an exact copy of an article already stored at that original (`duplicateOf`),
 * and failing that a near copy (a re-edited wire story) at its own (`nearDuplicateOf`),
 * read with the probes the deployment chose (none when `off`). An article that may be
 * either asks both questions at once: one round of reads instead of two, and the store
 * answers the hash from the band 0 read (exact copies share every band).
 */
const markDuplicate = async (record: ArticleOutcome, deps: IngestDeps): Promise<ArticleOutcome> => {
  if (record.status !== 'ingested') return record;
  const probes = deps.nearDuplicateProbes ?? DEFAULT_NEAR_DUPLICATE_PROBES;
  if (probes === 'off' || !canBeNearOriginal(record)) {
    const matches = await deps.store.findByContentHash(record.contentHash, record.fingerprint);
    const original = earliestOriginal(matches, record.articleId);
    return original === undefined ? record : { ...record, duplicateOf: original };
  }
  const { sameContent, nearCandidates } = await deps.store.findCopyCandidates(
    record.contentHash,
    record.fingerprint,
    bandProbes(record.fingerprint, probes),
  );
  const original = earliestOriginal(sameContent, record.articleId);
  if (original !== undefined) return { ...record, duplicateOf: original };
  const near = nearestOriginal(nearCandidates, record);
  return near === undefined ? record : { ...record, nearDuplicateOf: near };
};

/** Duplicate marks and offloads, before anything is written. */
const prepareBuilt = async (
  built: BuiltObject,
  deps: IngestDeps,
  now: Date,
): Promise<{ record: ArticleRecord; items: ArticleRecord[] }> => {
  const prepare = async (record: ArticleOutcome) =>
    offloadContent(await markDuplicate(record, deps), deps.content, now);
  if (built.kind === 'article') return { record: await prepare(built.record), items: [] };
  return {
    record: built.record,
    items: await mapLimited(built.items, PREPARE_CONCURRENCY, prepare),
  };
};

const writeRecords = async (
  ref: ObjectRef,
  record: ArticleRecord,
  items: readonly ArticleRecord[],
  deps: IngestDeps,
  now: Date,
): Promise<IngestOutcome> => {
  const probes = deps.nearDuplicateProbes ?? DEFAULT_NEAR_DUPLICATE_PROBES;
  const written = await writeObject(record, items, deps.store, now, probes);
  return {
    ...identify(ref),
    ...written,
    articleId: record.articleId,
    status: record.status,
    ...(record.status === 'rejected' && { reason: record.reason }),
  };
};

const identify = (ref: ObjectRef) => ({ bucket: ref.bucket, key: ref.key, change: ref.change });

/** The facts about the object a record keeps: the event's, refined by what the fetch saw. */
const sourceFacts = (
  ref: ObjectRef,
  fetched: Partial<Omit<Extract<FetchResult, { kind: 'found' }>, 'kind' | 'bytes'>> = {},
): SourceFacts => {
  const facts: SourceFacts = { bucket: ref.bucket, key: ref.key, sequencer: ref.sequencer };
  const versionId = fetched.versionId ?? ref.versionId;
  const eTag = fetched.eTag ?? ref.eTag;
  const size = fetched.size ?? ref.size;
  if (versionId !== undefined) facts.versionId = versionId;
  if (eTag !== undefined) facts.eTag = eTag;
  if (size !== undefined) facts.size = size;
  if (fetched.contentType !== undefined) facts.contentType = fetched.contentType;
  return facts;
};
