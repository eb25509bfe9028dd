import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { printable } from '../command-line/printable.ts';
import { s3rverClient } from '../emulators/s3rver-client.ts';
import type { LocalQueue } from '../queue/local-queue.ts';
import { matchingNotifications } from '../s3-events/notification-filter.ts';
import { buildS3Record } from '../s3-events/s3-record.ts';
import type { Sequencer } from '../s3-events/sequencer.ts';
import type { LocalWiring } from '../template/wiring.ts';
import {
  bareETag,
  type ListedObject,
  planReconciliation,
  type RecordSummary,
} from './reconcile-plan.ts';

/** How many keys the reconciliation line names before it only counts. */
const KEYS_SHOWN = 5;

export interface ReconcileOptions {
  wiring: LocalWiring;
  s3Endpoint: string;
  region: string;
  dynamo: DynamoDBClient;
  sequencer: Sequencer;
  queue: LocalQueue;
  log: (line: string) => void;
}

/**
 * Lists the whole bucket, a page of up to 1,000 keys at a time, each page starting after
 * the last key of the one before. ListObjects (v1) with a marker, not v2: s3rver builds
 * v2's continuation token with DES, which Node 20's OpenSSL refuses, so any truncated v2
 * page (more than 1,000 objects, or MaxKeys) is a 500. Keys only grow, so the loop ends.
 */
const listObjects = async (client: S3Client, bucket: string): Promise<ListedObject[]> => {
  const objects: ListedObject[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await client.send(
      new ListObjectsCommand({ Bucket: bucket, ...(marker ? { Marker: marker } : {}) }),
    );
    const contents = page.Contents ?? [];
    for (const item of contents)
      if (item.Key !== undefined)
        objects.push({ key: item.Key, eTag: bareETag(item.ETag ?? ''), size: item.Size ?? 0 });
    const last = contents.at(-1)?.Key;
    if (!page.IsTruncated || last === undefined || last === marker) return objects;
    marker = last;
  }
};

/** The file records of one bucket, read with a projection (no bodies). */
const scanRecords = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  bucket: string,
): Promise<RecordSummary[]> => {
  const pages = paginateScan(
    { client },
    {
      TableName: tableName,
      ProjectionExpression: '#status, #source',
      ExpressionAttributeNames: { '#status': 'status', '#source': 'source' },
    },
  );
  const records: RecordSummary[] = [];
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const source = item.source as Record<string, unknown> | undefined;
      if (source?.bucket !== bucket || typeof source.key !== 'string') continue;
      records.push({
        key: source.key,
        status: String(item.status),
        ...(typeof source.eTag === 'string' ? { eTag: source.eTag } : {}),
        isItem: source.item !== undefined,
      });
    }
  }
  return records;
};

const removalName = (wiring: LocalWiring, bucket: string): string =>
  wiring.buckets.find((b) => b.name === bucket)?.versioned
    ? 'ObjectRemoved:DeleteMarkerCreated'
    : 'ObjectRemoved:Delete';

interface ObjectFacts {
  eventName: string;
  key: string;
  size?: number;
  eTag?: string;
}

/**
 * Sends one event as the bridge does: one record per message, per matching configuration.
 * False when no configuration matches (a key the notifications filter out has no record).
 */
const enqueueEvent = (options: ReconcileOptions, bucket: string, facts: ObjectFacts): boolean => {
  const event = { ...facts, bucket, sequencer: options.sequencer.next(), eventTime: new Date() };
  const configs = matchingNotifications(
    options.wiring.notifications,
    bucket,
    facts.key,
    facts.eventName,
  );
  for (const config of configs)
    options.queue.send(
      JSON.stringify({ Records: [buildS3Record(event, config.id, options.region)] }),
    );
  return configs.length > 0;
};

const describeKeys = (keys: string[]): string =>
  keys.length === 0
    ? ''
    : ` (${keys.slice(0, KEYS_SHOWN).map(printable).join(', ')}${keys.length > KEYS_SHOWN ? ', ...' : ''})`;

export interface ReconcileResult {
  created: number;
  removed: number;
}

/** Keys of `bucket` that a create event still waiting in the queue names. */
const pendingCreates = (queue: LocalQueue, bucket: string): Set<string> => {
  const keys = new Set<string>();
  for (const message of queue.peek()) {
    try {
      const parsed = parseQueueMessage(message);
      if (parsed.kind !== 'notification') continue;
      for (const ref of parsed.refs)
        if (ref.bucket === bucket && ref.change === 'created') keys.add(ref.key);
    } catch {
      // Not an S3 notification (a replayed test body): it names no object.
    }
  }
  return keys;
};

/**
 * Enqueues the events a crash lost between s3rver's write (or delete) and the journal:
 * the articles bucket is listed, the table's file records read, and each difference
 * becomes a real-shaped event with a fresh sequencer, newer than any issued before.
 * Logs one line when it enqueued something.
 */
export const reconcileBucket = async (options: ReconcileOptions): Promise<ReconcileResult> => {
  const bucket = options.wiring.articlesBucket.name;
  const s3 = s3rverClient(options.s3Endpoint, options.region);
  try {
    const documents = DynamoDBDocumentClient.from(options.dynamo);
    const [objects, records] = await Promise.all([
      listObjects(s3, bucket),
      scanRecords(documents, options.wiring.table.name, bucket),
    ]);
    const plan = planReconciliation(objects, records, pendingCreates(options.queue, bucket));
    const removal = removalName(options.wiring, bucket);
    const created = plan.created
      .filter((object) =>
        enqueueEvent(options, bucket, { eventName: 'ObjectCreated:Put', ...object }),
      )
      .map((object) => object.key);
    const removed = plan.removed.filter((key) =>
      enqueueEvent(options, bucket, { eventName: removal, key }),
    );
    if (created.length + removed.length > 0)
      options.log(
        `reconciled: ${created.length} created, ${removed.length} removed${describeKeys([...created, ...removed])}`,
      );
    return { created: created.length, removed: removed.length };
  } finally {
    s3.destroy();
  }
};
