/**
 * Few, named errors. Deterministic problems with a file are not errors but values
 * (a `rejected` record); these are for what must be retried or fixed by an operator.
 */
export class IngestError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'IngestError';
  }
}

/** The event does not have the shape S3 or SQS would send. */
export class InvalidEventError extends IngestError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidEventError';
  }
}

/** A dependency (S3, DynamoDB, network) failed in a way that a retry may fix. */
export class TransientError extends IngestError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TransientError';
  }
}

/** Configuration is missing or malformed; raised at cold start. */
export class ConfigError extends IngestError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}
