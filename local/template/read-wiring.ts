import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CfnTemplate, parseTemplate, TemplateError } from './cfn.ts';
import { readEventSource, readFunction, readQueues } from './read-compute.ts';
import { readBuckets, readNotifications, readTable } from './read-storage.ts';
import type { BucketWiring, EnvValue, LocalWiring } from './wiring.ts';

/** The stack id infra/bin/app.ts synthesizes. */
export const STACK_ID = 'ArticleIngest';

/** Reads `<cdkOutDir>/<stackId>.template.json`. */
export const loadTemplate = (cdkOutDir: string, stackId = STACK_ID): CfnTemplate => {
  const file = path.join(cdkOutDir, `${stackId}.template.json`);
  if (!existsSync(file))
    throw new TemplateError(`No synthesized template at ${file}: run \`npx cdk synth\` first.`);
  return parseTemplate(JSON.parse(readFileSync(file, 'utf8')), file);
};

const referencedBuckets = (env: Record<string, EnvValue>, buckets: BucketWiring[]) =>
  buckets.filter((bucket) =>
    Object.values(env).some((v) => v.kind === 'ref' && v.logicalId === bucket.logicalId),
  );

/**
 * The local wiring of the stack: which bucket notifies which queue, the queue settings,
 * the function and its event source, the table. Throws a TemplateError (one sentence)
 * when the template lacks a part.
 */
export const readWiring = (template: CfnTemplate, cdkOutDir: string): LocalWiring => {
  const buckets = readBuckets(template);
  const queues = readQueues(template);
  const { functionLogicalId, ...eventSource } = readEventSource(template);
  const ingestQueue = queues[eventSource.queueLogicalId];
  if (!ingestQueue)
    throw new TemplateError(
      `The event source reads ${eventSource.queueLogicalId}, not an SQS queue.`,
    );
  const dlqId = ingestQueue.redrive?.deadLetterQueueLogicalId;
  if (dlqId && !queues[dlqId])
    throw new TemplateError(
      `The dead-letter queue ${dlqId} of ${ingestQueue.logicalId} is not in the template.`,
    );
  const notifications = readNotifications(template, buckets).filter(
    (n) => n.queueLogicalId === ingestQueue.logicalId,
  );
  const articlesBucket = buckets.find((b) => b.name === notifications[0]?.bucket);
  if (!articlesBucket)
    throw new TemplateError(`No bucket notifies the function's queue ${ingestQueue.logicalId}.`);
  const fn = readFunction(template, functionLogicalId, cdkOutDir);
  const contentBucket = referencedBuckets(fn.environment, buckets).find(
    (b) => b.logicalId !== articlesBucket.logicalId,
  );
  return {
    buckets,
    articlesBucket,
    ...(contentBucket ? { contentBucket } : {}),
    notifications,
    queues,
    ingestQueue,
    fn,
    eventSource,
    table: readTable(template),
  };
};
