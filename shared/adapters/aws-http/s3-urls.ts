import { dnsSuffixOf, type Endpoint } from './endpoints.ts';

/** A bucket name that can be a host label over TLS: no dots, no capitals (virtual-hosted style). */
const HOST_SAFE_BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
/** The characters encodeURIComponent leaves that SigV4 (RFC 3986) wants encoded. */
const RFC3986_EXTRA = /[!'()*]/g;
/**
 * `.` and `..` path segments (also as %2E) are resolved away by the WHATWG URL parser
 * the signer (and node:http) use, so such a key cannot be addressed by this client.
 */
const DOT_SEGMENT = /(^|\/)\.{1,2}(\/|$)/;

/** A key as a URL path: each segment percent-encoded (space, unicode, + % # ?), `/` kept. */
export const encodeS3Key = (key: string): string =>
  key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        RFC3986_EXTRA,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');

export interface ObjectAddress {
  Bucket: string;
  Key: string;
  VersionId?: string;
}

/**
 * An object's URL: virtual-hosted on AWS (`bucket.s3.region...`, path-style only for a
 * bucket name that is no host label), path-style on a custom endpoint, which is how the
 * local stack's S3 server (and most emulators) expect it.
 */
export const objectUrl = (endpoint: Endpoint, region: string, address: ObjectAddress): string => {
  const { Bucket, Key, VersionId } = address;
  if (DOT_SEGMENT.test(Key)) {
    throw new Error(`S3 key '${Key}' has a '.' or '..' segment, which a URL cannot address`);
  }
  const base =
    !endpoint.custom && HOST_SAFE_BUCKET.test(Bucket)
      ? `https://${Bucket}.s3.${region}.${dnsSuffixOf(region)}`
      : `${endpoint.url}/${encodeURIComponent(Bucket)}`;
  const query = VersionId === undefined ? '' : `?versionId=${encodeURIComponent(VersionId)}`;
  return `${base}/${encodeS3Key(Key)}${query}`;
};
