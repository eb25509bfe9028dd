import { S3Client } from '@aws-sdk/client-s3';
import type { SendBatch } from '#shared/adapters/sqs-backfill-sender.ts';
import type { LocalStackClients } from '../cli/stack.ts';
import { requestControl } from '../cli/stack.ts';

/** Where a backfill lists objects and sends their messages. */
export interface BackfillTarget {
  s3: S3Client;
  send: SendBatch;
  /** The bucket the function reads, when the target knows it (the local stack does). */
  articlesBucket?: string;
  close: () => void;
}

/**
 * The local stack: objects are listed from its s3rver, and messages go into its ingest
 * queue through the control API's replay route, which puts one message per S3 record,
 * as SendMessageBatch does one per entry.
 */
export const localTarget = (clients: LocalStackClients): BackfillTarget => ({
  s3: clients.s3,
  articlesBucket: clients.info.articlesBucket,
  send: async (bodies) => {
    const events = bodies.map((body) => JSON.parse(body) as unknown);
    const response = await requestControl(clients.info, '/replay', {
      method: 'POST',
      body: events,
    });
    if (!response.ok) {
      throw new Error(`The local stack refused the backfill batch: ${await response.text()}`);
    }
  },
  close: () => {},
});

/**
 * A deployed stack: the bucket through S3, the messages into the queue `queueUrl` names
 * (credentials, and endpoints such as AWS_ENDPOINT_URL_SQS, from the AWS environment).
 */
export const awsTarget = async (
  queueUrl: string,
  region: string | undefined,
): Promise<BackfillTarget> => {
  const { createSqsClient } = await import('#shared/adapters/sqs-dead-letters.ts');
  const { sqsBatchSender } = await import('#shared/adapters/sqs-backfill-sender.ts');
  const sqs = createSqsClient(region);
  const s3 = new S3Client(region === undefined ? {} : { region });
  return {
    s3,
    send: sqsBatchSender(sqs, queueUrl),
    close: () => {
      sqs.destroy();
      s3.destroy();
    },
  };
};
