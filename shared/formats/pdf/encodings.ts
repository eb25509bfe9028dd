/**
 * The base encodings of simple fonts (/WinAnsiEncoding, /MacRomanEncoding, the Type 1
 * /StandardEncoding), as 256-entry tables of text. All agree with ASCII for printable
 * bytes but for Standard's curly quotes; they differ above 0x7F.
 */
export type ByteTable = readonly string[];

/** WinAnsi for the bytes 0x80-0x9F (Latin-1 gives the rest). */
const WIN_ANSI_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** MacRoman for the bytes 0x80-0xFF (0xF0 is Apple's logo, a private-use glyph). */
const MAC_ROMAN_80 =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
/** StandardEncoding's letters and punctuation above 0x7F that Latin text uses. */
const STANDARD_HIGH: Record<number, string> = {
  161: '¡',
  162: '¢',
  163: '£',
  165: '¥',
  167: '§',
  169: "'",
  170: '“',
  171: '«',
  172: '‹',
  173: '›',
  174: 'fi',
  175: 'fl',
  177: '–',
  178: '†',
  179: '‡',
  180: '·',
  182: '¶',
  183: '•',
  184: '‚',
  185: '„',
  186: '”',
  187: '»',
  188: '…',
  189: '‰',
  191: '¿',
  208: '—',
  225: 'Æ',
  232: 'Ł',
  233: 'Ø',
  234: 'Œ',
  241: 'æ',
  245: 'ı',
  248: 'ł',
  249: 'ø',
  250: 'œ',
  251: 'ß',
};

const table = (high: (code: number) => string): ByteTable =>
  Array.from({ length: 256 }, (_, code) => (code < 0x80 ? String.fromCharCode(code) : high(code)));

export const WIN_ANSI: ByteTable = table((code) =>
  code <= 0x9f ? (WIN_ANSI_80[code - 0x80] ?? '') : String.fromCharCode(code),
);
const MAC_ROMAN: ByteTable = table((code) => MAC_ROMAN_80[code - 0x80] ?? '');
const STANDARD: ByteTable = table((code) => STANDARD_HIGH[code] ?? '').map((text, code) =>
  code === 0x27 ? '’' : code === 0x60 ? '‘' : text,
);

export const baseEncoding = (name: string | undefined): ByteTable | undefined =>
  name === 'WinAnsiEncoding'
    ? WIN_ANSI
    : name === 'MacRomanEncoding'
      ? MAC_ROMAN
      : name === 'StandardEncoding'
        ? STANDARD
        : undefined;
