/**
 * The S3 calls the object source and the content store make. Two implementations:
 * `sdkS3Api` (the SDK's client: CLI, local stack, tests) and `httpS3Api` (aws-http/: the
 * functions). Errors carry S3's code as their `name` (`NoSuchKey`, `NotFound` for a HEAD
 * 404...) and the HTTP status as `$metadata.httpStatusCode`, as the SDK's do.
 */
export interface S3ObjectInput {
  Bucket: string;
  Key: string;
  VersionId?: string;
}

export interface S3PutInput {
  Bucket: string;
  Key: string;
  Body: string | Uint8Array;
  ContentType?: string;
}

/** A body read up to a bound: `complete` is false when more bytes followed (not read). */
export interface BoundedBytes {
  bytes: Uint8Array;
  complete: boolean;
}

export interface S3ObjectOutput {
  /** What the response declares; never trusted alone for a size limit. */
  ContentLength?: number;
  ContentType?: string;
  VersionId?: string;
  ETag?: string;
  /** Reads the body, at most `limit` bytes of it (and one more, to know it went over). */
  readBody(limit: number): Promise<BoundedBytes>;
  /** Drops a body that will not be read, so the connection is not held. */
  discardBody(): Promise<void>;
}

export interface S3Api {
  getObject(input: S3ObjectInput): Promise<S3ObjectOutput>;
  /** Resolves when the object (version) is there; rejects (`NotFound`, 404...) when not. */
  headObject(input: S3ObjectInput): Promise<void>;
  putObject(input: S3PutInput): Promise<void>;
}

/** The HTTP status an S3 (or any AWS) error carries, 0 when it carries none. */
export const httpStatusOf = (error: unknown): number =>
  (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode ?? 0;
