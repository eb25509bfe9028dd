/** One object as the bucket lists it. */
export interface ListedObject {
  key: string;
  /** Without the quotes S3 puts around it. */
  eTag: string;
  size: number;
}

/** What reconciliation needs of a stored record. */
export interface RecordSummary {
  key: string;
  status: string;
  eTag?: string;
  /** True for the record of one article inside a file: it follows its file's record. */
  isItem: boolean;
}

export interface ReconciliationPlan {
  /** Objects whose write has no (or an older) record: each gets an `ObjectCreated:Put`. */
  created: ListedObject[];
  /** Keys with a live record and no object: each gets a removal (the pipeline HEADs first). */
  removed: string[];
}

/** Statuses of a record that says the object exists. */
const LIVE_STATUSES = new Set(['ingested', 'rejected', 'container']);

const QUOTES = /"/g;

/** The ETag as records store it: S3's listing wraps it in quotes. */
export const bareETag = (eTag: string): string => eTag.replace(QUOTES, '');

const needsCreated = (object: ListedObject, record: RecordSummary | undefined): boolean =>
  record === undefined || record.status === 'removed' || record.eTag !== object.eTag;

/**
 * The events a bucket and its table are missing: a write whose event was lost (no record,
 * a record of older bytes, a tombstone while the object exists) and a delete whose event
 * was lost (a live record without its object, or a create still queued, `pendingCreates`,
 * for an object that is gone and has no record). Records of articles inside a file follow
 * their file's record and are ignored.
 */
export const planReconciliation = (
  objects: readonly ListedObject[],
  records: readonly RecordSummary[],
  pendingCreates: ReadonlySet<string> = new Set(),
): ReconciliationPlan => {
  const fileRecords = new Map<string, RecordSummary>();
  for (const record of records) if (!record.isItem) fileRecords.set(record.key, record);
  const listed = new Set<string>();
  const created: ListedObject[] = [];
  for (const object of objects) {
    listed.add(object.key);
    if (needsCreated(object, fileRecords.get(object.key))) created.push(object);
  }
  const removed: string[] = [];
  for (const [key, record] of fileRecords)
    if (!listed.has(key) && LIVE_STATUSES.has(record.status)) removed.push(key);
  // A create still queued for an object that is gone, with no record yet: its delete's
  // event was lost, and the create will find nothing, so no event would ever record it.
  for (const key of pendingCreates)
    if (!listed.has(key) && !fileRecords.has(key)) removed.push(key);
  return { created, removed };
};
