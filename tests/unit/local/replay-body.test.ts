import { describe, expect, it } from 'vitest';
import { messageBodiesOf, ReplayError } from '#local/control/replay-body.ts';

const s3Record = (key: string) => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  eventName: 'ObjectCreated:Put',
  s3: { bucket: { name: 'b' }, object: { key } },
});

describe('messageBodiesOf', () => {
  it("re-sends an SQS event's bodies as they are", () => {
    const event = {
      Records: [
        { eventSource: 'aws:sqs', body: 'one' },
        { eventSource: 'aws:sqs', body: 'two' },
      ],
    };

    expect(messageBodiesOf(event)).toEqual(['one', 'two']);
  });

  it('splits an S3 notification into one message per record, as S3 sends them', () => {
    const event = { Records: [s3Record('a'), s3Record('b')] };

    const bodies = messageBodiesOf(event).map((body) => JSON.parse(body));

    expect(bodies).toEqual([{ Records: [s3Record('a')] }, { Records: [s3Record('b')] }]);
  });

  it('sends an s3:TestEvent as itself', () => {
    const event = { Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' };

    expect(messageBodiesOf(event).map((b) => JSON.parse(b))).toEqual([event]);
  });

  it('replays each event of an array', () => {
    const events = [
      { Records: [s3Record('a')] },
      { Records: [{ eventSource: 'aws:sqs', body: 'x' }] },
    ];

    expect(messageBodiesOf(events)).toHaveLength(2);
  });

  it.each([
    [42, 'The event is not a JSON object.'],
    [{ hello: 1 }, 'The event is not an SQS event, an S3 notification or an s3:TestEvent.'],
    [
      { Records: [{ eventSource: 'aws:sns' }] },
      'Record 0 is neither an aws:sqs nor an aws:s3 record.',
    ],
    [{ Records: [{ eventSource: 'aws:sqs' }] }, 'SQS record 0 has no string body.'],
  ])('rejects %j with one sentence', (event, message) => {
    expect(() => messageBodiesOf(event)).toThrow(ReplayError);
    expect(() => messageBodiesOf(event)).toThrow(message);
  });
});
