/** Attempts per call, as the SDK's standard retry mode makes. */
export const MAX_ATTEMPTS = 3;
/** The first retry waits up to this long; each one after doubles it, up to the cap. */
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;

/** Error codes AWS services use for "slow down": always worth another attempt. */
const THROTTLING_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** What one failed attempt looked like, as far as retrying cares. */
export interface AttemptFailure {
  /** The HTTP status, absent when no response came (network error, timeout). */
  status?: number;
  /** The AWS error code of the response, when it named one. */
  code?: string;
}

/**
 * Retry a network failure, a 5xx, a 429 and a throttling code; never any other 4xx (a
 * failed condition, a missing key, a bad request: the same request fails the same way).
 */
export const isRetryable = ({ status, code }: AttemptFailure): boolean => {
  if (status === undefined) return true;
  if (code !== undefined && THROTTLING_CODES.has(code)) return true;
  return status >= 500 || status === 429;
};

/** The wait before retry `retry` (1 for the first): exponential backoff with full jitter. */
export const retryDelayMs = (retry: number, random: () => number = Math.random): number =>
  random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1));
