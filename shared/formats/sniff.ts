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
