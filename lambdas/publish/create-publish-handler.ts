import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, DynamoDBBatchResponse } from 'aws-lambda';
import { tableWritesOf } from '#shared/adapters/dynamo-stream-images.ts';
import { type PublishDeps, publishChanges } from '#shared/changes/publish-changes.ts';

export interface PublishHandlerDeps extends PublishDeps {
  logger: Logger;
}

export type PublishHandler = (event: unknown, context?: Context) => Promise<DynamoDBBatchResponse>;

/**
 * The stream handler: the table's writes in, one change event per real change out, on
 * the bus. When a write cannot be finished, its sequence number is the batch's one
 * failure: the stream is read again from there (bisected, then handed to the
 * on-failure queue once the retries are spent).
 */
export const createPublishHandler =
  (deps: PublishHandlerDeps): PublishHandler =>
  async (event, context) => {
    if (context) deps.logger.addContext(context);
    const writes = tableWritesOf(event);
    const outcome = await publishChanges(writes, deps);
    deps.logger.info('stream batch processed', {
      writes: writes.length,
      published: outcome.published,
    });
    if (outcome.retryFrom === undefined) return { batchItemFailures: [] };
    deps.logger.error('a write could not be published; the stream resumes from it', {
      sequenceNumber: outcome.retryFrom,
      error: outcome.error,
    });
    return { batchItemFailures: [{ itemIdentifier: outcome.retryFrom }] };
  };
