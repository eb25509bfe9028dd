/** Which call failed: named in every message, so a log line says where to look. */
export interface CallName {
  /** The service as people write it: `S3`, `DynamoDB`, `EventBridge`. */
  service: string;
  operation: string;
}

/**
 * An AWS error response. `name` is the AWS error code (`ConditionalCheckFailedException`,
 * `NoSuchKey`...) and `$metadata.httpStatusCode` the status, as on the SDK's errors, so
 * the stores recognise both clients' errors the same way. The message holds AWS's own
 * message, never a response body.
 */
export class AwsServiceError extends Error {
  readonly service: string;
  readonly operation: string;
  readonly $metadata: { httpStatusCode: number };

  constructor(call: CallName, code: string, status: number, awsMessage?: string) {
    super(
      `${call.service} ${call.operation} failed: ${code} (HTTP ${status})${awsMessage ? `: ${awsMessage}` : ''}`,
    );
    this.name = code;
    this.service = call.service;
    this.operation = call.operation;
    this.$metadata = { httpStatusCode: status };
  }
}

/** No response: the connection failed or the request timed out. */
export class AwsNetworkError extends Error {
  constructor(call: CallName, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${call.service} ${call.operation} got no response: ${reason}`, { cause });
    this.name = 'AwsNetworkError';
  }
}

/** A status with no error code in its body (HEAD answers have none): a name for it. */
export const codeOfStatus = (status: number): string =>
  ({ 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed' })[status] ??
  `Http${status}`;
