/**
 * Content sniffing on the raw bytes and the decoded text: what the file is before any
 * parser looks at it. Containers and documents read from their bytes are named by their
 * magic bytes; anything else that is not text is `binary`.
 */
export type Sniffed =
  | { kind: 'pdf' | 'zip' | 'gzip' }
  | { kind: 'binary'; detail: string }
  | { kind: 'text' };

const MAGIC: ReadonlyArray<{ bytes: readonly number[]; sniffed: Sniffed }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], sniffed: { kind: 'pdf' } }, // %PDF
  { bytes: [0x50, 0x4b, 0x03, 0x04], sniffed: { kind: 'zip' } }, // PK.. (also DOCX)
  { bytes: [0x50, 0x4b, 0x05, 0x06], sniffed: { kind: 'zip' } }, // an empty zip
  { bytes: [0x1f, 0x8b], sniffed: { kind: 'gzip' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], sniffed: binary('PNG image') },
  { bytes: [0xff, 0xd8, 0xff], sniffed: binary('JPEG image') },
  { bytes: [0x47, 0x49, 0x46, 0x38], sniffed: binary('GIF image') }, // GIF8
];

function binary(name: string): Sniffed {
  return { kind: 'binary', detail: `The file is a ${name}, not text.` };
}

/** Recognised container and document formats, by their leading magic bytes. */
export const sniffMagic = (bytes: Uint8Array): Sniffed =>
  MAGIC.find((m) => m.bytes.every((byte, i) => bytes[i] === byte))?.sniffed ?? { kind: 'text' };

/**
 * How much decoded text the binary check reads: enough to see the file's nature, cheap
 * on a 25 MB upload.
 */
const BINARY_SAMPLE_CHARS = 8192;
/**
 * Share of control characters above which decoded "text" is junk. Real text has almost
 * none; random bytes read as Windows-1252 give about 13%.
 */
const MAX_CONTROL_RATIO = 0.02;
/** C0 controls other than tab, newline, form feed and carriage return, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** Whether decoded text is really binary data: NUL characters or too many controls. */
export const sniffBinaryText = (text: string): Sniffed => {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.includes('\u0000')) {
    return { kind: 'binary', detail: 'The file contains NUL bytes, so it is not text.' };
  }
  const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO) {
    const percent = Math.round((100 * controls) / sample.length);
    return { kind: 'binary', detail: `${percent}% of the file's characters are control codes.` };
  }
  return { kind: 'text' };
};

/**
 * How far into a file the XML prolog is read. A DOCTYPE's internal subset can declare
 * entities for several KB before the root element (`<rss>`, `<nitf>`); a prolog longer
 * than this is not a news file's, and the bound keeps a hostile one cheap.
 */
const MAX_PROLOG_CHARS = 65_536;
const SPACE_AT = /\s*/y;
const DOCTYPE_AT = /<!DOCTYPE\s+(?:[\w.-]+:)?([\w.-]+)?/iy;
const ELEMENT_AT = /<(?:[\w.-]+:)?([\w.-]+)/y;

/** An XML (or HTML) file's DOCTYPE name and root element's local name, lower-cased. */
export interface Prolog {
  doctype?: string;
  root?: string;
}

/**
 * Reads past the XML declaration, comments, processing instructions and a DOCTYPE
 * (internal subset included) to the root element. One forward scan, each construct
 * skipped by finding its end, never by a backtracking pattern; nothing is expanded.
 */
export const readProlog = (text: string): Prolog => {
  const head = text.slice(0, MAX_PROLOG_CHARS);
  const prolog: Prolog = {};
  let at = skipSpace(head, 0);
  while (at < head.length) {
    DOCTYPE_AT.lastIndex = at;
    const doctype = DOCTYPE_AT.exec(head);
    if (doctype?.[1]) prolog.doctype = doctype[1].toLowerCase();
    const end = doctype ? doctypeEnd(head, DOCTYPE_AT.lastIndex) : markupEnd(head, at);
    if (end === undefined) break;
    if (end === -1) return prolog;
    at = skipSpace(head, end);
  }
  ELEMENT_AT.lastIndex = at;
  const root = ELEMENT_AT.exec(head)?.[1];
  return root === undefined ? prolog : { ...prolog, root: root.toLowerCase() };
};

const skipSpace = (head: string, at: number): number => {
  SPACE_AT.lastIndex = at;
  SPACE_AT.test(head);
  return SPACE_AT.lastIndex;
};

/** Past a comment or processing instruction at `at`: -1 if it never closes, undefined if none. */
const markupEnd = (head: string, at: number): number | undefined => {
  if (head.startsWith('<?', at)) return endAfter(head, '?>', at + 2);
  if (head.startsWith('<!--', at)) return endAfter(head, '-->', at + 4);
  return undefined;
};

const endAfter = (head: string, closer: string, from: number): number => {
  const found = head.indexOf(closer, from);
  return found === -1 ? -1 : found + closer.length;
};

/**
 * Past a DOCTYPE's closing `>`: the one outside quoted strings and outside the `[...]`
 * internal subset, whose declarations, strings and comments may hold `>` and `]`.
 * Each step moves forward, so the scan is linear; -1 when the DOCTYPE never closes.
 */
const doctypeEnd = (head: string, from: number): number => {
  let inSubset = false;
  let at = from;
  while (at !== -1 && at < head.length) {
    const char = head[at];
    if (char === '"' || char === "'") at = endAfter(head, char, at + 1);
    else if (inSubset && head.startsWith('<', at)) at = markupEnd(head, at) ?? at + 1;
    else if (char === '>' && !inSubset) return at + 1;
    else {
      if (char === '[') inSubset = true;
      if (char === ']') inSubset = false;
      at++;
    }
  }
  return -1;
};
