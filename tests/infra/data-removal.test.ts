import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SynthResult, synthIngestStack } from './synth-stack.ts';
import { resourceById } from './template-queries.ts';

const BUCKETS = ['ArticlesBucket', 'ContentBucket', 'AccessLogsBucket'] as const;

// `npx cdk deploy -c destroyData=true` passes the flag as the string 'true'.
let synth: SynthResult;
beforeAll(() => {
  synth = synthIngestStack({ context: { destroyData: 'true' } });
});
afterAll(() => synth.dispose());

describe('a stack synthesized with -c destroyData=true', () => {
  it.each(BUCKETS)('deletes %s with the stack', (bucketId) => {
    const bucket = resourceById(synth.template, bucketId);

    expect(bucket.DeletionPolicy).toBe('Delete');
    expect(bucket.UpdateReplacePolicy).toBe('Delete');
  });

  it.each(BUCKETS)('empties %s before deleting it', (bucketId) => {
    synth.template.hasResourceProperties('Custom::S3AutoDeleteObjects', {
      BucketName: { Ref: bucketId },
    });
  });

  it('deletes ArticlesTable with the stack', () => {
    const table = resourceById(synth.template, 'ArticlesTable');

    expect(table.DeletionPolicy).toBe('Delete');
    expect(table.UpdateReplacePolicy).toBe('Delete');
  });
});
