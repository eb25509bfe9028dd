import { DeadLetterQueueError } from '#shared/adapters/sqs-dead-letters.ts';
import { EXIT_FAILURE } from '../command-line/usage-error.ts';
import { CliError } from './cli-error.ts';

/** What an SDK error carries: its name, the awsQuery code SQS also sends, an HTTP status. */
interface AwsErrorShape {
  name?: string;
  message?: string;
  Code?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
}

const MISSING_QUEUE = new Set(['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue']);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'KMS.AccessDeniedException']);
/** The request was signed with keys AWS does not accept. */
const BAD_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
]);
/** Nothing answered at the SQS endpoint (or the host name did not resolve). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
]);
const REGION_MISSING = /region is missing/i;
const FIRST_LINE = /^[^\n]*/;

const firstLine = (text: string | undefined): string =>
  (FIRST_LINE.exec(text ?? '')?.[0] ?? '').replace(/\.$/, '');

const codesOf = (error: AwsErrorShape): string[] =>
  [error.name, error.Code, error.code].filter((code): code is string => code !== undefined);

/** The network error code somewhere in `error`'s cause chain, if any. */
const networkCodeOf = (error: unknown): string | undefined => {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && UNREACHABLE.has(code)) return code;
    const inner = (current as { errors?: unknown[] }).errors?.map(networkCodeOf).find(Boolean);
    if (inner) return inner;
  }
  return undefined;
};

const sentenceFor = (error: AwsErrorShape, queue: string, service: string): string | undefined => {
  const codes = codesOf(error);
  const has = (set: Set<string>) => codes.some((code) => set.has(code));
  if (error.name === 'CredentialsProviderError') {
    return 'No AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';
  }
  if (REGION_MISSING.test(error.message ?? '')) {
    return 'No AWS region is set: set AWS_REGION, or name the queue by its ARN.';
  }
  if (has(MISSING_QUEUE)) {
    return `The queue ${queue} does not exist, or these credentials cannot see it.`;
  }
  if (has(DENIED)) return `AWS denied access to ${queue}: ${firstLine(error.message)}.`;
  if (has(BAD_CREDENTIALS)) {
    return `AWS rejected the credentials (${error.name}): ${firstLine(error.message)}.`;
  }
  const network = networkCodeOf(error);
  if (network) return `Could not reach ${service} for ${queue} (${network}).`;
  if (error.$metadata?.httpStatusCode !== undefined) {
    return `${service} refused the request (${error.name}): ${firstLine(error.message)}.`;
  }
  return undefined;
};

/**
 * One sentence for what AWS answered (exit 1): missing credentials or region, a queue
 * that is not there or is no dead-letter queue, access denied, an endpoint that does
 * not answer. Anything else is
 * returned as it is, for the CLI's "Unexpected error" line.
 */
export const describeAwsError = (error: unknown, queue: string, service = 'SQS'): unknown => {
  if (error instanceof CliError || !(error instanceof Error)) return error;
  if (error instanceof DeadLetterQueueError) return new CliError(error.message, EXIT_FAILURE);
  const sentence = sentenceFor(error as AwsErrorShape, queue, service);
  return sentence === undefined ? error : new CliError(sentence, EXIT_FAILURE, { cause: error });
};
