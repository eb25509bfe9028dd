import { dnsSuffixOf, type Endpoint } from './endpoints.ts';

/** A bucket name that can be a host label over TLS: no dots, no capitals (virtual-hosted style). */
const HOST_SAFE_BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
/** The characters encodeURIComponent leaves that SigV4 (RFC 3986) wants encoded. */
const RFC3986_EXTRA = /[!'()*]/g;

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

/** An object's address on the wire: the URL, and the path S3 must receive, unnormalised. */
export interface ObjectTarget {
  url: string;
  /** `/<key>` or `/<bucket>/<key>`, percent-encoded, `.` and `..` segments kept (they are key text). */
  path: string;
}

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
export const objectTarget = (
  endpoint: Endpoint,
  region: string,
  address: ObjectAddress,
): ObjectTarget => {
  const { Bucket, Key, VersionId } = address;
  const virtualHosted = !endpoint.custom && HOST_SAFE_BUCKET.test(Bucket);
  const base = virtualHosted ? undefined : new URL(endpoint.url);
  const origin = base ? base.origin : `https://${Bucket}.s3.${region}.${dnsSuffixOf(region)}`;
  const bucketPath = base
    ? `${base.pathname.replace(/\/$/, '')}/${encodeURIComponent(Bucket)}`
    : '';
  const path = `${bucketPath}/${encodeS3Key(Key)}`;
  const query = VersionId === undefined ? '' : `?versionId=${encodeURIComponent(VersionId)}`;
  return { url: `${origin}${path}${query}`, path };
};
