import { describe, expect, it } from 'vitest';
import { failedMessageIds } from '#local/queue/batch-result.ts';

const ids = ['a', 'b', 'c'];

describe('failedMessageIds', () => {
  it('fails every message when the invocation threw', () => {
    expect(failedMessageIds(ids, { ok: false }, true)).toEqual(new Set(ids));
  });

  it('fails only the reported messages with ReportBatchItemFailures', () => {
    const response = { batchItemFailures: [{ itemIdentifier: 'b' }] };

    expect(failedMessageIds(ids, { ok: true, response }, true)).toEqual(new Set(['b']));
  });

  it('treats an empty or missing list as full success', () => {
    expect(
      failedMessageIds(ids, { ok: true, response: { batchItemFailures: [] } }, true).size,
    ).toBe(0);
    expect(failedMessageIds(ids, { ok: true, response: null }, true).size).toBe(0);
  });

  it('fails the whole batch when a reported id is not in it', () => {
    const response = { batchItemFailures: [{ itemIdentifier: 'zzz' }] };

    expect(failedMessageIds(ids, { ok: true, response }, true)).toEqual(new Set(ids));
  });

  it('ignores the response without ReportBatchItemFailures', () => {
    const response = { batchItemFailures: [{ itemIdentifier: 'a' }] };

    expect(failedMessageIds(ids, { ok: true, response }, false).size).toBe(0);
  });
});
