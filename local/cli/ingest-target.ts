import type { BackfillTarget } from '../backfill/backfill-targets.ts';
import type { StackClients } from './stack.ts';
import { isDeployedStack } from './stack-target.ts';

/**
 * Where messages for the ingest queue go on the stack a command is connected to: the
 * local stack's queue through its control API, or a deployed stack's IngestQueue (the
 * URL its outputs name), listed through the same bucket.
 */
export const openIngestTarget = async (
  clients: StackClients,
): Promise<BackfillTarget & { queueUrl?: string }> => {
  const targets = await import('../backfill/backfill-targets.ts');
  const { info } = clients;
  if (!isDeployedStack(info)) return targets.localTarget({ ...clients, info });
  const target = await targets.awsTarget(info.ingestQueueUrl, info.region);
  return { ...target, articlesBucket: info.articlesBucket, queueUrl: info.ingestQueueUrl };
};
