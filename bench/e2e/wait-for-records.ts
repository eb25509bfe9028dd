import { paginateScan } from '@aws-sdk/lib-dynamodb';
import type { StackClients } from '#local/cli/stack.ts';
import { sleep } from '../faults/processes.ts';

/** Often enough to time a run of minutes to within a per cent; rarely enough not to load DynamoDB Local. */
const POLL_MS = 1000;

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
 */
export const waitForRecords = async (
  stack: StackClients,
  ids: ReadonlySet<string>,
  options: { deadline: number; onProgress?: (present: number) => void },
): Promise<number> => {
  for (;;) {
    const present = await countPresent(stack, ids);
    const at = performance.now();
    options.onProgress?.(present);
    if (present >= ids.size) return at;
    if (Date.now() > options.deadline)
      throw new Error(`Timed out with ${ids.size - present} of ${ids.size} records missing.`);
    await sleep(POLL_MS);
  }
};
