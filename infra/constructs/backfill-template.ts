import { backfillRecord } from '#shared/adapters/sqs-backfill-message.ts';

/**
 * The backfill message of the state machine, as a JSONata expression over one item of a
 * batch (`$item`) and the batch's input (bucket, event time). It is derived from
 * `backfillRecord`, the CLI's builder, so both send the same shape: the record is built
 * with a named slot in each variable field, serialized, and each slot replaced by the
 * JSONata that computes it (JSON is valid JSONata). Items come from one of two readers,
 * which name an object's fields differently; each has its own `ItemFields`.
 */
export interface ItemFields {
  /** The key, percent-encoded as S3 events carry it (the function decodes it once). */
  readonly key: string;
  /** The size in bytes; an expression that is undefined leaves `size` out. */
  readonly size: string;
  /** The ETag, unquoted as in S3 events; undefined leaves `eTag` out. */
  readonly eTag: string;
  /** Whether the item is a current object to send; absent: every item is. */
  readonly current?: string;
}

/** An S3 ListObjectsV2 item (Key, Size, Etag), as the Distributed Map's listing gives it. */
export const LISTED_OBJECT: ItemFields = {
  // Any percent-encoding decodes once to the key (shared/events/s3-key-encoding.ts).
  key: '$encodeUrlComponent($item.Key)',
  size: '$item.Size',
  // The listing quotes the ETag; S3 events do not.
  eTag: `$replace($item.Etag, '"', '')`,
};

/**
 * A row of an S3 Inventory CSV report, as the Distributed Map's manifest reader gives it:
 * one field per column of the manifest's `fileSchema`, every value a string.
 */
export const inventoryRow = (sourceBucket: string): ItemFields => ({
  // CSV reports URL-encode keys as S3 events do: passed on as they are, decoded once.
  key: '$item.Key',
  // Size is optional in a report, and empty on a delete marker's row.
  size: '$contains($string($item.Size), /^[0-9]+$/) ? $number($item.Size)',
  eTag: '$item.ETag',
  // A report of versions lists old versions and delete markers: only current objects go,
  // as with the CLI's reader. A report of another bucket names keys that are not ours.
  // (`=` with a missing field is false, so reports without version columns send all.)
  current: `$item.Bucket = ${JSON.stringify(sourceBucket)} and $not($item.IsLatest = 'false') and $not($item.IsDeleteMarker = 'true')`,
});

/** Variable fields of the record: the batch's input, then the item's own. */
const batchSlots = {
  bucket: '$states.input.BatchInput.bucket',
  eventTime: '$states.input.BatchInput.eventTime',
} as const;

type Slot = keyof typeof batchSlots | 'key' | 'size' | 'eTag';

/** Slot names survive `encodeS3Key` unchanged: letters and underscores only. */
const slot = (name: Slot) => `__${name}__`;
/** A JSON string holding a slot, perhaps after a literal prefix (`"arn:aws:s3:::__bucket__"`). */
const SLOT_IN_STRING = /"([^"]*)__(\w+?)__"/g;

/** Each slot's JSONata for items of this shape. */
export const backfillSlots = (fields: ItemFields): Record<Slot, string> => ({
  ...batchSlots,
  key: fields.key,
  size: fields.size,
  eTag: fields.eTag,
});

export const backfillRecordTemplate = (fields: ItemFields): string => {
  const slots = backfillSlots(fields);
  const record = backfillRecord(
    slot('bucket'),
    { key: slot('key'), eTag: slot('eTag') },
    slot('eventTime'),
  );
  const withSize = { ...record.s3.object, size: slot('size') };
  const json = JSON.stringify({ ...record, s3: { ...record.s3, object: withSize } });
  return json.replace(SLOT_IN_STRING, (_match, prefix: string, name: string) => {
    const expression = slots[name as Slot];
    if (expression === undefined) throw new Error(`No backfill slot named ${name}`);
    return prefix === '' ? expression : `${JSON.stringify(prefix)} & ${expression}`;
  });
};

/** The items of the batch to send (JSONata): all of them, or the current ones. */
export const itemsToSendExpression = (fields: ItemFields): string =>
  fields.current === undefined
    ? '$states.input.Items'
    : `$filter($states.input.Items, function($item) { ${fields.current} })`;

/**
 * SendMessageBatch entries for the items of one batch. `$append([], ...)` keeps a batch
 * of one an array (JSONata would otherwise unwrap it).
 */
export const backfillEntriesExpression = (fields: ItemFields): string =>
  `{% $append([], $map(${itemsToSendExpression(fields)}, function($item, $i) { { "Id": $string($i), "MessageBody": $string({ "Records": [${backfillRecordTemplate(fields)}] }) } })) %}`;
