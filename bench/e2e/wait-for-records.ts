import { paginateScan } from '@aws-sdk/lib-dynamodb';
import type { StackClients } from '#local/cli/stack.ts';
import { sleep } from '../faults/processes.ts';

/** How often the stack is asked whether it is idle: cheap (its control API, no DynamoDB). */
const IDLE_POLL_MS = 200;
/**
 * A scan reads every item of the table, and DynamoDB Local spends about as much CPU on
 * it as on the pipeline's own requests: while the stack is busy the table is scanned
 * only this often, for the progress line, and at once when it goes idle.
 */
const BUSY_SCAN_MS = 5000;

/** How many of `ids` the table holds now: one scan of the key attribute only. */
export const countPresent = async (stack: StackClients, ids: ReadonlySet<string>) => {
  let present = 0;
  const pages = paginateScan(
    { client: stack.db },
    { TableName: stack.info.tableName, ProjectionExpression: 'articleId' },
  );
  for await (const page of pages)
    for (const item of page.Items ?? []) if (ids.has(String(item.articleId))) present += 1;
  return present;
};

/**
 * Polls the table until every id is in it; resolves with the time it happened
 * (`performance.now()`), or rejects at the deadline saying how many were still missing.
 * `isIdle` (no message queued or being processed) says when a scan may find them all;
 * the scan, not the queue, decides (a notification may still be on its way).
 */
export const waitForRecords = async (
  stack: StackClients,
  ids: ReadonlySet<string>,
  options: {
    deadline: number;
    isIdle: () => Promise<boolean>;
    onProgress?: (present: number) => void;
  },
): Promise<number> => {
  let lastScan = Number.NEGATIVE_INFINITY;
  let present = 0;
  for (;;) {
    const idle = await options.isIdle();
    if (idle || performance.now() - lastScan >= BUSY_SCAN_MS) {
      present = await countPresent(stack, ids);
      const at = performance.now();
      lastScan = at;
      options.onProgress?.(present);
      if (present >= ids.size) return at;
    }
    if (Date.now() > options.deadline)
      throw new Error(`Timed out with ${ids.size - present} of ${ids.size} records missing.`);
    await sleep(IDLE_POLL_MS);
  }
};
