import type { SQSBatchResponse } from 'aws-lambda';

/**
 * Which messages of a batch failed, as Lambda's SQS poller decides it: a throw fails
 * them all; with ReportBatchItemFailures, the listed ids fail, and a malformed list
 * (an id not in the batch, an empty id) fails the whole batch; without it, success
 * means every message succeeded.
 */
export const failedMessageIds = (
  batchIds: string[],
  outcome: { ok: true; response: unknown } | { ok: false },
  reportBatchItemFailures: boolean,
): Set<string> => {
  const all = new Set(batchIds);
  if (!outcome.ok) return all;
  if (!reportBatchItemFailures) return new Set();
  const response = outcome.response as Partial<SQSBatchResponse> | null | undefined;
  const failures = response?.batchItemFailures;
  if (failures === undefined || failures === null) return new Set();
  if (!Array.isArray(failures)) return all;
  const failed = new Set<string>();
  for (const failure of failures) {
    const id = failure?.itemIdentifier;
    if (typeof id !== 'string' || !all.has(id)) return all;
    failed.add(id);
  }
  return failed;
};
