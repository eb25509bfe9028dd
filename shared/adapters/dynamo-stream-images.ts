import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import type { TableWrite } from '../changes/ports.ts';
import { InvalidEventError } from '../domain/errors.ts';
import type { ArticleRecord } from '../domain/record.ts';
import { parseRecord } from './dynamo-record-item.ts';
import { binaryFromBase64 } from './stream-image-binary.ts';

/**
 * One record of a DynamoDB stream event as Lambda delivers it (and as the local stream
 * reader builds it): what was written, identified by its sequence number. Only the
 * fields the publisher reads are checked; the rest passes through.
 */
const StreamRecord = z.looseObject({
  eventName: z.enum(['INSERT', 'MODIFY', 'REMOVE']),
  dynamodb: z.looseObject({
    SequenceNumber: z.string().min(1),
    NewImage: z.record(z.string(), z.unknown()).optional(),
    OldImage: z.record(z.string(), z.unknown()).optional(),
  }),
});

const StreamEvent = z.object({ Records: z.array(z.unknown()) });
const SequenceNumberOnly = z.object({ dynamodb: z.object({ SequenceNumber: z.string().min(1) }) });

/** One write of the table, decoded: the records before and after it (absent when none). */
export interface TableChange {
  before: ArticleRecord | null;
  after: ArticleRecord | null;
}

/**
 * A stream record's images as records, through the store's own decoder, so an item
 * reads the same from the stream as from GetItem. Throws InvalidEventError when the
 * record lacks its sequence number, IngestError when an image is no valid record.
 */
export const decodeStreamRecord = (raw: unknown): TableChange => {
  const parsed = StreamRecord.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidEventError(`Not a DynamoDB stream record: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  const { NewImage, OldImage } = parsed.data.dynamodb;
  return {
    before: OldImage ? recordOfImage(OldImage) : null,
    after: NewImage && parsed.data.eventName !== 'REMOVE' ? recordOfImage(NewImage) : null,
  };
};

/**
 * The writes a stream event reports, in stream order, each decoded only when read, so
 * one bad image fails alone. A record without a sequence number cannot be named in a
 * partial-batch failure: the event is then invalid as a whole.
 */
export const tableWritesOf = (event: unknown): TableWrite[] => {
  const parsed = StreamEvent.safeParse(event);
  if (!parsed.success) {
    throw new InvalidEventError(`Not a DynamoDB stream event: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  return parsed.data.Records.map((raw, index) => {
    const sequenceNumber = SequenceNumberOnly.safeParse(raw).data?.dynamodb.SequenceNumber;
    if (sequenceNumber === undefined) {
      throw new InvalidEventError(`Stream record ${index} has no dynamodb.SequenceNumber`);
    }
    return { sequenceNumber, read: () => decodeStreamRecord(raw) };
  });
};

const recordOfImage = (image: Record<string, unknown>): ArticleRecord =>
  parseRecord(unmarshall(binaryFromBase64(image) as Record<string, AttributeValue>));
