import { describe, expect, it } from 'vitest';
import { isRetryable, MAX_ATTEMPTS, retryDelayMs } from '#shared/adapters/aws-http/retry-policy.ts';

describe('the retry policy', () => {
  it('makes three attempts, as the SDK standard mode does', () => {
    expect(MAX_ATTEMPTS).toBe(3);
  });

  it.each([
    [{}, true],
    [{ status: 500, code: 'InternalServerError' }, true],
    [{ status: 503, code: 'SlowDown' }, true],
    [{ status: 429, code: 'Http429' }, true],
    [{ status: 400, code: 'ThrottlingException' }, true],
    [{ status: 400, code: 'ProvisionedThroughputExceededException' }, true],
    [{ status: 400, code: 'RequestLimitExceeded' }, true],
    [{ status: 400, code: 'ConditionalCheckFailedException' }, false],
    [{ status: 400, code: 'ValidationException' }, false],
    [{ status: 404, code: 'NoSuchKey' }, false],
    [{ status: 403, code: 'AccessDenied' }, false],
  ])('retries %j: %s', (failure, retried) => {
    expect(isRetryable(failure)).toBe(retried);
  });

  it('backs off exponentially with full jitter', () => {
    expect([1, 2, 3].map((retry) => retryDelayMs(retry, () => 1))).toEqual([100, 200, 400]);
    expect(retryDelayMs(2, () => 0.5)).toBe(100);
    expect(retryDelayMs(1, () => 0)).toBe(0);
  });

  it('caps the wait at 20 seconds', () => {
    expect(retryDelayMs(30, () => 1)).toBe(20_000);
  });
});
