import { readFileSync } from 'node:fs';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { InvalidEventError } from '#shared/domain/errors.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { SqsEventSchema } from '#shared/events/s3-event-schema.ts';

const loadEvent = (name: string): SQSEvent =>
  JSON.parse(readFileSync(new URL(`../../../events/${name}`, import.meta.url), 'utf8'));

const firstRecord = (name: string) => {
  const record = loadEvent(name).Records[0];
  if (!record) throw new Error(`${name} has no records`);
  return record;
};

const notificationBody = (eventName: string, object: Record<string, unknown>) =>
  JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'eu-west-1',
        eventTime: '2025-11-05T09:14:03.512Z',
        eventName,
        s3: { s3SchemaVersion: '1.0', bucket: { name: 'test-articles' }, object },
      },
    ],
  });

const message = (body: string) => ({ messageId: 'm-1', body });

describe('parseQueueMessage', () => {
  it('turns an ObjectCreated notification into a created ref with the decoded key', () => {
    const parsed = parseQueueMessage(firstRecord('object-created-special-key.json'));

    expect(parsed).toEqual({
      kind: 'notification',
      ignoredEventNames: [],
      refs: [
        {
          bucket: 'test-articles',
          key: 'Reports/Über uns + Café Crème.txt',
          change: 'created',
          eventName: 'ObjectCreated:Put',
          eventTime: '2025-11-05T09:15:03.512Z',
          sequencer: '00690B1F2B0E9A4C27',
          versionId: 'bV3x.Qm8Lr0TzJk4Nf7YhS2pWd6GcE1a',
          eTag: '033cc65d646075cb42ac02ce8d90efc6',
          size: 243,
        },
      ],
    });
  });

  it('maps ObjectRemoved:DeleteMarkerCreated to a removed ref', () => {
    const parsed = parseQueueMessage(firstRecord('object-removed.json'));

    expect(parsed.kind === 'notification' && parsed.refs[0]?.change).toBe('removed');
  });

  it('maps ObjectRemoved:Delete to a removed ref without size or eTag', () => {
    const body = notificationBody('ObjectRemoved:Delete', { key: 'a+b.txt', sequencer: '0A' });

    const parsed = parseQueueMessage(message(body));

    expect(parsed).toMatchObject({
      kind: 'notification',
      refs: [{ key: 'a b.txt', change: 'removed' }],
    });
    expect(parsed.kind === 'notification' && parsed.refs[0]).not.toHaveProperty('size');
  });

  it('reports the S3 test event as a test event', () => {
    expect(parseQueueMessage(firstRecord('s3-test-event.json'))).toEqual({ kind: 'test-event' });
  });

  it('ignores event types other than created and removed without failing', () => {
    const body = notificationBody('ObjectRestore:Completed', { key: 'a.txt', sequencer: '0A' });

    expect(parseQueueMessage(message(body))).toEqual({
      kind: 'notification',
      refs: [],
      ignoredEventNames: ['ObjectRestore:Completed'],
    });
  });

  it('throws InvalidEventError when the body is not JSON', () => {
    expect(() => parseQueueMessage(message('not json'))).toThrow(InvalidEventError);
  });

  it('throws InvalidEventError when the body is JSON but not an S3 notification', () => {
    expect(() => parseQueueMessage(message('{"hello":"world"}'))).toThrow(InvalidEventError);
  });

  it('throws InvalidEventError when a created event has no sequencer', () => {
    const body = notificationBody('ObjectCreated:Put', { key: 'a.txt', size: 1 });

    expect(() => parseQueueMessage(message(body))).toThrow(/has no sequencer/);
  });

  it('throws InvalidEventError when the key has a malformed escape', () => {
    const body = notificationBody('ObjectCreated:Put', { key: 'a%ZZ.txt', sequencer: '0A' });

    expect(() => parseQueueMessage(message(body))).toThrow(InvalidEventError);
  });

  it('returns one ref per record of a notification that carries several', () => {
    const first = JSON.parse(notificationBody('ObjectCreated:Put', { key: 'a', sequencer: '01' }));
    const second = JSON.parse(
      notificationBody('ObjectRemoved:Delete', { key: 'b', sequencer: '02' }),
    );
    const body = JSON.stringify({ Records: [...first.Records, ...second.Records] });

    const parsed = parseQueueMessage(message(body));

    expect(parsed.kind === 'notification' && parsed.refs.map((r) => [r.key, r.change])).toEqual([
      ['a', 'created'],
      ['b', 'removed'],
    ]);
  });
});

describe('sample events', () => {
  const files = [
    'object-created-plain-key.json',
    'object-created-special-key.json',
    'object-removed.json',
    's3-test-event.json',
    'sqs-batch.json',
  ];

  it.each(files)('%s is a valid SQS event whose every message parses', (file) => {
    const event = SqsEventSchema.parse(loadEvent(file));

    for (const record of event.Records) expect(() => parseQueueMessage(record)).not.toThrow();
  });
});
