import path from 'node:path';
import { newMessage } from '../queue/message.ts';
import { QueueJournal } from '../queue/queue-journal.ts';
import { buildS3Record } from '../s3-events/s3-record.ts';
import { loadTemplate, readWiring } from '../template/read-wiring.ts';

/** A receive count past every redrive policy the template could set. */
const DEAD_RECEIVE_COUNT = 3;

/**
 * Writes one message naming `key` into the dead-letter queue's journal under `dataDir`,
 * as an earlier run that dead-lettered it would have left it: a stack started on
 * `dataDir` then holds it. For the inspector's screenshots and browser test, which need
 * a dead letter without waiting out real retries.
 */
export const seedDeadLetter = (
  dataDir: string,
  cdkOutDir: string,
  dead: { key: string; error: string },
): void => {
  const wiring = readWiring(loadTemplate(cdkOutDir), cdkOutDir);
  const dlqId = wiring.ingestQueue.redrive?.deadLetterQueueLogicalId;
  const dlq = dlqId ? wiring.queues[dlqId] : undefined;
  if (!dlq) throw new Error('The template has no dead-letter queue.');
  const record = buildS3Record(
    {
      eventName: 'ObjectCreated:Put',
      bucket: wiring.articlesBucket.name,
      key: dead.key,
      sequencer: '0A',
      eventTime: new Date(),
    },
    'seeded-dead-letter',
    'us-east-1',
  );
  const message = newMessage(JSON.stringify({ Records: [record] }), Date.now());
  new QueueJournal(path.join(dataDir, 'queues'), dlq.name).put({
    ...message,
    receiveCount: DEAD_RECEIVE_COUNT,
    lastError: dead.error,
  });
};
