import aws4 from 'aws4';
import type { AwsCredentials } from './aws-env.ts';
import type { AwsService } from './endpoints.ts';

/** Who signs: the credentials and the scope (service, region) a signature is valid for. */
export interface SigningScope {
  credentials: AwsCredentials;
  service: AwsService;
  region: string;
}

/** A request before its signature: everything the signature covers. */
export interface UnsignedRequest {
  method: string;
  /** Host and port, as the Host header carries them. */
  host: string;
  /** Path and query, percent-encoded, exactly as sent. */
  path: string;
  headers?: Readonly<Record<string, string>>;
  body?: Buffer;
}

/**
 * Headers SigV4 need not cover and the AWS SDKs and aws4fetch leave out: signed or not,
 * S3 and the JSON services accept the request, and leaving them out keeps the signature
 * the same as the clients' (the test oracle compares against aws4fetch).
 */
const UNSIGNED_HEADERS = { 'content-type': true, 'content-length': true };

/** `20251105T091403Z`: the signature's time, to the second, as `x-amz-date` carries it. */
export const amzDate = (now: Date): string => now.toISOString().replace(/[:-]|\.\d{3}/g, '');

/**
 * The headers to send, Authorization included, signed with SigV4 by aws4 (node:crypto,
 * synchronous; aws4 keeps the derived signing keys per secret, day, region and service).
 * S3 payloads go unsigned (`UNSIGNED-PAYLOAD`, as aws4fetch sent them): an object's body
 * is never hashed, and aws4, not handed it, adds no Content-Type of its own. aws4 signs
 * an S3 path segment by segment, decoded and encoded again (RFC 3986): the same text
 * for the paths `encodeS3Key` writes, so the path is signed as it is sent.
 */
export const signRequest = (
  request: UnsignedRequest,
  { credentials, service, region }: SigningScope,
  datetime: string,
): Record<string, string> => {
  const { method, host, path, body } = request;
  const headers: Record<string, string> = { ...request.headers, host, 'x-amz-date': datetime };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  if (body !== undefined) headers['content-length'] = String(body.byteLength);
  const s3 = service === 's3';
  if (s3) headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
  const signed = aws4.sign(
    {
      service,
      region,
      method,
      host,
      path,
      headers,
      ...(!s3 && body !== undefined && { body }),
      extraHeadersToIgnore: UNSIGNED_HEADERS,
    } as aws4.Request,
    credentials,
  );
  headers.authorization = String(signed.headers?.Authorization);
  return headers;
};
