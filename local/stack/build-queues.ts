import path from 'node:path';
import { LocalQueue } from '../queue/local-queue.ts';
import { QueueJournal } from '../queue/queue-journal.ts';
import { LOCAL_ACCOUNT } from '../template/resolve-env.ts';
import type { LocalWiring, QueueWiring } from '../template/wiring.ts';

export interface LocalQueues {
  ingest: LocalQueue;
  deadLetter?: LocalQueue;
  ingestArn: string;
}

const queueOf = (
  wiring: QueueWiring,
  dir: string,
  redrive?: { deadLetterQueue: LocalQueue; maxReceiveCount: number },
) =>
  new LocalQueue({
    name: wiring.name,
    visibilityTimeoutMs: wiring.visibilityTimeoutSeconds * 1000,
    journal: new QueueJournal(dir, wiring.name),
    ...(redrive ? { redrive } : {}),
  });

/** The function's queue and its dead-letter queue, persisted under `<dataDir>/queues`. */
export const buildQueues = (wiring: LocalWiring, dataDir: string, region: string): LocalQueues => {
  const dir = path.join(dataDir, 'queues');
  const { ingestQueue, queues } = wiring;
  const dlqWiring = ingestQueue.redrive && queues[ingestQueue.redrive.deadLetterQueueLogicalId];
  const deadLetter = dlqWiring ? queueOf(dlqWiring, dir) : undefined;
  const redrive =
    deadLetter && ingestQueue.redrive
      ? { deadLetterQueue: deadLetter, maxReceiveCount: ingestQueue.redrive.maxReceiveCount }
      : undefined;
  return {
    ingest: queueOf(ingestQueue, dir, redrive),
    ...(deadLetter ? { deadLetter } : {}),
    ingestArn: `arn:aws:sqs:${region}:${LOCAL_ACCOUNT}:${ingestQueue.name}`,
  };
};
