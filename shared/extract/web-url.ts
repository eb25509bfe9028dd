/**
 * A URL a record may hold: absolute http(s) (resolved against `base` when relative), no
 * user name or password, printable, and short enough to be an address rather than a
 * payload. Anything else (javascript:, data:, a 100 KB string) is dropped.
 */
export const webUrl = (value: string | undefined, base?: string): string | undefined => {
  const text = value?.trim();
  if (!text || text.length > MAX_URL_CHARS || CONTROL.test(text)) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href.length <= MAX_URL_CHARS ? url.href : undefined;
};

/** Browsers and CDNs stop at about 2 KB (the sitemap protocol's limit is 2,048). */
const MAX_URL_CHARS = 2048;
/** C0 and C1 controls and DEL: no address holds them, and they break log lines. */
const CONTROL = /\p{Cc}/u;
