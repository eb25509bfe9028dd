import { backfillRecord } from '#shared/adapters/sqs-backfill-message.ts';

/**
 * The backfill message of the state machine, as a JSONata expression over one item of an
 * S3 listing (`$item`: Key, Size, Etag) and the batch's input (bucket, event time). It is
 * derived from `backfillRecord`, the CLI's builder, so both send the same shape: the
 * record is built with a named slot in each variable field, serialized, and each slot
 * replaced by the JSONata that computes it (JSON is valid JSONata).
 */
export const BACKFILL_SLOTS = {
  bucket: '$states.input.BatchInput.bucket',
  eventTime: '$states.input.BatchInput.eventTime',
  // Any percent-encoding decodes once to the key (shared/events/s3-key-encoding.ts).
  key: '$encodeUrlComponent($item.Key)',
  size: '$item.Size',
  // The listing quotes the ETag; S3 events do not.
  eTag: `$replace($item.Etag, '"', '')`,
} as const;

type Slot = keyof typeof BACKFILL_SLOTS;

/** Slot names survive `encodeS3Key` unchanged: letters and underscores only. */
const slot = (name: Slot) => `__${name}__`;
/** A JSON string holding a slot, perhaps after a literal prefix (`"arn:aws:s3:::__bucket__"`). */
const SLOT_IN_STRING = /"([^"]*)__(\w+?)__"/g;

export const backfillRecordTemplate = (): string => {
  const record = backfillRecord(
    slot('bucket'),
    { key: slot('key'), eTag: slot('eTag') },
    slot('eventTime'),
  );
  const withSize = { ...record.s3.object, size: slot('size') };
  const json = JSON.stringify({ ...record, s3: { ...record.s3, object: withSize } });
  return json.replace(SLOT_IN_STRING, (_match, prefix: string, name: string) => {
    const expression = BACKFILL_SLOTS[name as Slot];
    if (expression === undefined) throw new Error(`No backfill slot named ${name}`);
    return prefix === '' ? expression : `${JSON.stringify(prefix)} & ${expression}`;
  });
};

/**
 * SendMessageBatch entries for the items of one batch. `$append([], ...)` keeps a batch
 * of one an array (JSONata would otherwise unwrap it).
 */
export const backfillEntriesExpression = (): string =>
  `{% $append([], $map($states.input.Items, function($item, $i) { { "Id": $string($i), "MessageBody": $string({ "Records": [${backfillRecordTemplate()}] }) } })) %}`;
