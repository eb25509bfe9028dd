/**
 * Content sniffing on the raw bytes and the decoded text: what the file is before any
 * parser looks at it. Containers and documents we recognise but do not parse yet are
 * `unsupported` (issue 3 adds them); anything else that is not text is `binary`.
 */
export type Sniffed =
  | { kind: 'unsupported'; name: string }
  | { kind: 'binary'; detail: string }
  | { kind: 'text' };

const MAGIC: ReadonlyArray<{ bytes: readonly number[]; name: string; parsedLater: boolean }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'PDF', parsedLater: true }, // %PDF
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP (or DOCX)', parsedLater: true }, // PK..
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP (empty)', parsedLater: true },
  { bytes: [0x1f, 0x8b], name: 'gzip', parsedLater: true },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image', parsedLater: false },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image', parsedLater: false },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image', parsedLater: false }, // GIF8
];

/** Recognised container and document formats, by their leading magic bytes. */
export const sniffMagic = (bytes: Uint8Array): Sniffed => {
  const hit = MAGIC.find((m) => m.bytes.every((byte, i) => bytes[i] === byte));
  if (!hit) return { kind: 'text' };
  return hit.parsedLater
    ? { kind: 'unsupported', name: hit.name }
    : { kind: 'binary', detail: `The file is a ${hit.name}, not text.` };
};

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
