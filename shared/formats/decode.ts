import { canonicalEncoding, declaredInContentType, declaredInDocument } from './charset.ts';

/**
 * Bytes -> text. A BOM decides the encoding when present (UTF-8, UTF-16 LE/BE), then the
 * zero-byte pattern of UTF-16. Otherwise bytes that are valid UTF-8 are read as UTF-8
 * whatever is declared (legacy text is practically never valid UTF-8, while pages
 * re-saved as UTF-8 often keep an old `charset=iso-8859-1`); bytes that are not are read
 * in the declared charset (the Content-Type's `charset=`, then the XML declaration or
 * `<meta charset>`), else as Windows-1252, the superset of Latin-1 that undeclared
 * Western text uses. Any encoding Node's TextDecoder knows can be declared (ISO-8859-x,
 * Windows-125x, KOI8, Shift_JIS, GBK, Big5, EUC-KR...).
 */
export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding read (`utf-8`, `windows-1252`, `iso-8859-2`...). */
  encoding: string;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Node's `windows-1252` decoder (also behind the `latin1`, `iso-8859-1` and `ascii`
 * labels) is really Latin-1; 0x80-0x9F are mapped below.
 */
const latin1 = new TextDecoder('windows-1252');
/** Windows-1252 bytes 0x80-0x9F; the five it leaves undefined stay C1 controls. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_RANGE = /[\u0080-\u009f]/g;

const decodeWindows1252 = (bytes: Uint8Array): string =>
  latin1.decode(bytes).replace(C1_RANGE, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);

/** Decodes bytes to raw text (no normalisation); see `normalizeText` for that step. */
export const decodeBytes = (bytes: Uint8Array, contentType?: string): DecodedText => {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const decoder = new TextDecoder(bom.encoding, { ignoreBOM: true });
    return { text: decoder.decode(bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes, contentType);
  }
};

const decodeLegacy = (bytes: Uint8Array, contentType: string | undefined): DecodedText => {
  const declared =
    canonicalEncoding(declaredInContentType(contentType)) ??
    canonicalEncoding(declaredInDocument(bytes));
  if (!declared || declared === 'utf-8' || declared === 'windows-1252') {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
};

/** Bytes looked at to spot UTF-16 without a BOM. */
const UTF16_SAMPLE_BYTES = 512;
/**
 * Share of the sample's odd (LE) or even (BE) bytes that must be zero: Latin-script text in
 * UTF-16 has a zero high byte for nearly every character; binary data does not pair up so.
 */
const MIN_UTF16_ZERO_SHARE = 0.7;

/** UTF-16 without a BOM, told by its pattern of zero bytes, or undefined. */
const sniffUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd / pairs >= MIN_UTF16_ZERO_SHARE && zeroEven === 0) return 'utf-16le';
  if (zeroEven / pairs >= MIN_UTF16_ZERO_SHARE && zeroOdd === 0) return 'utf-16be';
  return undefined;
};
