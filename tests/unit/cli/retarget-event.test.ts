import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retargetBucket } from '#local/cli/retarget-event.ts';

const s3Record = (bucket: string) => ({
  eventSource: 'aws:s3',
  eventName: 'ObjectCreated:Put',
  s3: {
    bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}`, ownerIdentity: { principalId: 'A1' } },
    object: { key: 'a+b.txt', sequencer: '0A' },
  },
});

describe('retargetBucket', () => {
  it('renames the bucket of a bare S3 notification and keeps everything else', () => {
    const event = { Records: [s3Record('test-articles')] };

    const retargeted = retargetBucket(event, 'articles-bucket');

    expect(retargeted).toEqual({
      Records: [
        {
          ...s3Record('articles-bucket'),
          s3: {
            ...s3Record('articles-bucket').s3,
            bucket: {
              name: 'articles-bucket',
              arn: 'arn:aws:s3:::articles-bucket',
              ownerIdentity: { principalId: 'A1' },
            },
          },
        },
      ],
    });
  });

  it('rewrites the notification inside each SQS body and its MD5', () => {
    const body = JSON.stringify({ Records: [s3Record('test-articles')] });
    const event = { Records: [{ eventSource: 'aws:sqs', messageId: 'm1', body, md5OfBody: 'x' }] };

    const [message] = (retargetBucket(event, 'local') as { Records: Record<string, string>[] })
      .Records;

    expect(JSON.parse(message?.body ?? '')).toEqual({ Records: [s3Record('local')] });
    expect(message?.md5OfBody).toBe(
      createHash('md5')
        .update(message?.body ?? '')
        .digest('hex'),
    );
    expect(message?.messageId).toBe('m1');
  });

  it('renames the bucket of an s3:TestEvent, bare or inside an SQS body', () => {
    const test = { Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'test-articles' };
    const wrapped = { Records: [{ eventSource: 'aws:sqs', body: JSON.stringify(test) }] };

    const bare = retargetBucket(test, 'local');
    const inner = retargetBucket(wrapped, 'local') as { Records: { body: string }[] };

    expect(bare).toEqual({ ...test, Bucket: 'local' });
    expect(JSON.parse(inner.Records[0]?.body ?? '')).toEqual({ ...test, Bucket: 'local' });
  });

  it('leaves what it does not recognise untouched', () => {
    const odd = { Records: [{ eventSource: 'aws:sqs', body: 'not json' }, 42] };

    expect(retargetBucket(odd, 'local')).toEqual(odd);
    expect(retargetBucket('text', 'local')).toBe('text');
  });
});
