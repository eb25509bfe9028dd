/**
 * Declared character encodings: what a file (or its upload's Content-Type) says it is
 * written in. Only the ASCII-compatible head of the bytes is looked at, as browsers do.
 */

/**
 * Bytes searched for a declaration: HTML puts `<meta charset>` in the `<head>` (the HTML
 * standard says within the first 1024 bytes; real pages overrun that with long scripts).
 */
const DECLARATION_SCAN_BYTES = 4096;

const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;

/** Read as Latin-1 so that every byte maps to one char and non-ASCII cannot break a match. */
const headDecoder = new TextDecoder('windows-1252');

/** The charset label the file's head declares (XML declaration, then `<meta>`), if any. */
export const declaredInDocument = (bytes: Uint8Array): string | undefined => {
  const head = headDecoder.decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  return head.match(XML_ENCODING)?.[1] ?? head.match(META_CHARSET)?.[1];
};

/** The `charset=` parameter of a Content-Type, if any. */
export const declaredInContentType = (contentType: string | undefined): string | undefined =>
  contentType?.match(CONTENT_TYPE_CHARSET)?.[1];

/**
 * Encodings a declaration is not trusted for: UTF-16 cannot be declared in ASCII bytes
 * (a BOM or the zero-byte pattern tells it), and the WHATWG "replacement" and
 * user-defined encodings decode nothing usefully.
 */
const IGNORED = new Set(['utf-16le', 'utf-16be', 'replacement', 'x-user-defined']);

/**
 * The WHATWG name of a charset label TextDecoder supports (`latin1` -> `windows-1252`,
 * `sjis` -> `shift_jis`), or undefined for unknown or untrusted labels.
 */
export const canonicalEncoding = (label: string | undefined): string | undefined => {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return IGNORED.has(encoding) ? undefined : encoding;
  } catch {
    return undefined;
  }
};
