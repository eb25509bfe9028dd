/**
 * Test helper: the fonts `buildPdf` can draw with, each as its font objects and the content
 * stream showing the lines, written the way typical producers write them.
 * - standard: Helvetica, WinAnsi, no widths, words split by TJ offsets (old word processors).
 * - differences: a Type 1 subset with private codes named by /Differences, /Widths, spaces
 *   as glyphs, lines by T* (pdfTeX's style, ligatures as single glyphs).
 * - cid / cid-bare: a Type0 Identity-H font with /W widths (and a /ToUnicode CMap, or not),
 *   each word placed by its own Tm on a page whose y axis is flipped by `cm`, kerned by
 *   small TJ offsets (Chrome's and Skia's style).
 */
export type FontKind = 'standard' | 'differences' | 'cid' | 'cid-bare';

export interface PdfObj {
  dict: string;
  stream?: string;
}

export interface DrawnFont {
  /** The font dictionary, then its helper objects numbered from `firstExtra`. */
  font: PdfObj;
  extras: PdfObj[];
  content: string;
}

const LEADING = 14;
const SIZE = 11;
const TOP = 760;
const LEFT = 72;
const GLYPH_WIDTH = 500;
const SPACE_WIDTH = 250;
/** Written as one glyph each, as typesetters do. */
const LIGATURE = /ffi|fi|[\s\S]/gu;

/** Baselines of the non-empty lines, top down; '' adds a paragraph gap. */
const placeLines = (lines: readonly string[]): Array<{ text: string; y: number }> => {
  const placed: Array<{ text: string; y: number }> = [];
  let y = TOP;
  for (const line of lines) {
    y -= LEADING;
    if (line !== '') placed.push({ text: line, y });
  }
  return placed;
};

export const pdfString = (text: string): string => `(${text.replace(/([()\\])/g, '\\$1')})`;

export const drawFont = (kind: FontKind, lines: readonly string[], firstExtra: number) => {
  if (kind === 'standard') return standardFont(lines);
  if (kind === 'differences') return differencesFont(lines, firstExtra);
  return cidFont(lines, firstExtra, kind === 'cid');
};

const standardFont = (lines: readonly string[]): DrawnFont => {
  const ops = ['BT', `/F1 ${SIZE} Tf`, `${LEADING} TL`, `${LEFT} ${TOP} Td`];
  let previous = TOP;
  for (const { text, y } of placeLines(lines)) {
    const words = text.split(' ').map(pdfString).join(' -250 ');
    ops.push(`0 ${y - previous} Td`, `[${words}] TJ`);
    previous = y;
  }
  ops.push('ET');
  return {
    font: { dict: '/Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding' },
    extras: [],
    content: ops.join('\n'),
  };
};

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** Glyph names for the punctuation the tests use; letters are their own names. */
const GLYPH_NAMES: Record<string, string> = {
  ' ': 'space',
  '.': 'period',
  ',': 'comma',
  '-': 'hyphen',
  "'": 'quoteright',
  '’': 'quoteright',
  ':': 'colon',
  '"': 'quotedbl',
  é: 'eacute',
  ü: 'udieresis',
  '0': 'zero',
  '1': 'one',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
  fi: 'fi',
  ffi: 'ffi',
};
/** Other characters by code point, as font tools name them: `uniXXXX`, or `uXXXXX` past the BMP. */
const glyphName = (glyph: string): string => {
  if (GLYPH_NAMES[glyph]) return GLYPH_NAMES[glyph];
  if (/^[A-Za-z]$/.test(glyph)) return glyph;
  const code = glyph.codePointAt(0) ?? 0;
  return code > 0xffff ? `u${code.toString(16).toUpperCase()}` : `uni${hex4(code)}`;
};

const glyphsOf = (lines: readonly string[]): string[] =>
  [...new Set(lines.flatMap((line) => line.match(LIGATURE) ?? []))].sort();

const differencesFont = (lines: readonly string[], firstExtra: number): DrawnFont => {
  const glyphs = glyphsOf(lines);
  const code = new Map(glyphs.map((glyph, i) => [glyph, i + 1]));
  const octal = (glyph: string) => `\\${(code.get(glyph) ?? 0).toString(8).padStart(3, '0')}`;
  const ops = ['BT', `/F1 ${SIZE} Tf`, `${LEADING} TL`, `${LEFT} ${TOP} Td`];
  let previous = TOP;
  for (const { text, y } of placeLines(lines)) {
    for (let gap = previous - y; gap > 0; gap -= LEADING) ops.push('T*');
    ops.push(`(${(text.match(LIGATURE) ?? []).map(octal).join('')}) Tj`);
    previous = y;
  }
  ops.push('ET');
  const names = glyphs.map((glyph) => `/${glyphName(glyph)}`).join(' ');
  const widths = glyphs.map((glyph) => (glyph === ' ' ? SPACE_WIDTH : GLYPH_WIDTH)).join(' ');
  return {
    font: {
      dict: `/Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMR10 /FirstChar 1 /LastChar ${glyphs.length} /Widths [${widths}] /Encoding ${firstExtra} 0 R`,
    },
    extras: [{ dict: `/Type /Encoding /Differences [1 ${names}]` }],
    content: ops.join('\n'),
  };
};

/** UTF-16BE code units: a character beyond the BMP gives its surrogate pair. */
const utf16Hex = (text: string): string =>
  Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('');

const cidFont = (lines: readonly string[], firstExtra: number, toUnicode: boolean): DrawnFont => {
  const glyphs = glyphsOf(lines).filter((glyph) => glyph !== ' ');
  const FIRST_CID = 3;
  const cid = new Map(glyphs.map((glyph, i) => [glyph, FIRST_CID + i]));
  const ops = ['1 0 0 -1 0 792 cm', 'BT', `/F1 ${SIZE} Tf`];
  const wordGap = (SIZE * 300) / 1000;
  for (const { text, y } of placeLines(lines)) {
    let x = LEFT;
    for (const word of text.split(' ')) {
      const codes = (word.match(LIGATURE) ?? []).map((glyph) => `<${hex4(cid.get(glyph) ?? 0)}>`);
      ops.push(`1 0 0 -1 ${x} ${792 - y} Tm`, `[${codes.join(' -20 ')}] TJ`);
      x += codes.length * ((SIZE * GLYPH_WIDTH) / 1000 + (SIZE * 20) / 1000) + wordGap;
    }
  }
  ops.push('ET');
  const last = FIRST_CID + glyphs.length - 1;
  const half = FIRST_CID + Math.floor(glyphs.length / 2);
  const firstWidths = Array.from({ length: half - FIRST_CID }, () => GLYPH_WIDTH).join(' ');
  const descendant = `/Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [${FIRST_CID} [${firstWidths}] ${half} ${last} ${GLYPH_WIDTH}]`;
  const extras: PdfObj[] = [{ dict: descendant }];
  if (toUnicode) extras.push({ dict: '', stream: toUnicodeCMap(glyphs, FIRST_CID) });
  const toUnicodeRef = toUnicode ? ` /ToUnicode ${firstExtra + 1} 0 R` : '';
  return {
    font: {
      dict: `/Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Arial /Encoding /Identity-H /DescendantFonts [${firstExtra} 0 R]${toUnicodeRef}`,
    },
    extras,
    content: ops.join('\n'),
  };
};

/**
 * A ToUnicode CMap using each form: runs of consecutive code points as `<lo> <hi> <dst>`,
 * other neighbours as `<lo> <hi> [<dst> ...]`, lone codes as bfchar.
 */
const toUnicodeCMap = (glyphs: readonly string[], firstCid: number): string => {
  const ranges: string[] = [];
  const chars: string[] = [];
  const consecutive = (a = '', b = '') =>
    a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1;
  for (let i = 0; i < glyphs.length; ) {
    let j = i + 1;
    while (j < glyphs.length && consecutive(glyphs[j - 1], glyphs[j])) j++;
    if (j - i < 2) {
      while (
        j < glyphs.length &&
        !consecutive(glyphs[j - 1], glyphs[j]) &&
        !consecutive(glyphs[j], glyphs[j + 1])
      )
        j++;
    }
    const lo = hex4(firstCid + i);
    const hi = hex4(firstCid + j - 1);
    const run = glyphs.slice(i, j);
    if (run.length === 1) chars.push(`<${lo}> <${utf16Hex(run[0] ?? '')}>`);
    else if (consecutive(run[0], run[1]))
      ranges.push(`<${lo}> <${hi}> <${utf16Hex(run[0] ?? '')}>`);
    else ranges.push(`<${lo}> <${hi}> [${run.map((g) => `<${utf16Hex(g)}>`).join(' ')}]`);
    i = j;
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars,
    'endbfchar',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
};
