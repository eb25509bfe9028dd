import { describe, expect, it } from 'vitest';
import { objectsOf } from '#local/stack/describe-outcome.ts';

describe('objectsOf', () => {
  it('names the decoded key and event of each record of a notification', () => {
    const body = JSON.stringify({
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: { bucket: { name: 'b' }, object: { key: 'a+b%2B.txt' } },
        },
      ],
    });

    expect(objectsOf(body)).toEqual([
      { bucket: 'b', key: 'a b+.txt', eventName: 'ObjectCreated:Put' },
    ]);
  });

  it('names the bucket of an s3:TestEvent', () => {
    const body = JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'b' });

    expect(objectsOf(body)).toEqual([
      { bucket: 'b', key: '(bucket test event)', eventName: 's3:TestEvent' },
    ]);
  });

  it('names nothing for a body that is not JSON', () => {
    expect(objectsOf('not json')).toEqual([]);
  });
});
