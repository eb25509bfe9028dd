import { spendWork } from '../../domain/work-budget.ts';
import { codeKeyOf, codeLength, codeValue, parseToUnicode, type ToUnicodeMap } from './cmap.ts';
import { type ByteTable, baseEncoding, WIN_ANSI } from './encodings.ts';
import { glyphUnicode } from './glyphs.ts';
import type { PdfFile } from './objects.ts';
import { arrayOf, dictOf, nameOf, numberOf, type PdfDict, type PdfValue } from './syntax.ts';
import { builtInEncoding } from './type1.ts';

/**
 * A font as the text reader needs it: how a shown string splits into codes, the text of
 * each code and its advance width. The text comes from the /ToUnicode CMap where there is
 * one, else for simple fonts from the /Encoding (base encoding and /Differences glyph
 * names); Type0 fonts take two-byte codes (Identity-H/V) and, with no ToUnicode, have no
 * text unless their CMap is a Unicode (UCS-2) one.
 */
export interface ShownCode {
  text: string;
  /** Advance in thousandths of an em; NaN where the font gives no widths. */
  width: number;
  /** A one-byte code 32, the only code word spacing (Tw) applies to. */
  wordSpace: boolean;
}

export interface PdfFont {
  decode(bytes: string): ShownCode[];
  /** False for a CID font whose codes map to no text: its strings are unreadable. */
  readable: boolean;
}

/**
 * Table entries (ToUnicode codes, /W widths) all of one file's fonts may hold, so that a
 * thousand fonts each mapping 65,536 codes cannot fill memory; a large CJK font needs ~30k.
 */
export const MAX_FONT_TABLE_ENTRIES = 1 << 20;
export interface FontBudget {
  entries: number;
}

/** Entries read from a /W array, so a hostile one cannot make us loop for long. */
const MAX_WIDTH_ENTRIES = 0x10000;
/** The width a CID font gives glyphs missing from /W, unless /DW says otherwise. */
const DEFAULT_CID_WIDTH = 1000;
const UNICODE_CMAP = /UCS2|UTF16/;

/** The font for any text shown before a `Tf`, or in a font we cannot find: WinAnsi bytes. */
export const FALLBACK_FONT: PdfFont = {
  readable: true,
  decode: (bytes) =>
    simpleCodes(
      bytes,
      (code) => WIN_ANSI[code] ?? '',
      () => Number.NaN,
    ),
};

/** Work units a font costs to load beyond its streams: its two 256-entry code tables. */
const FONT_TABLE_UNITS = 512;

export const loadFont = (file: PdfFile, font: PdfDict, budget: FontBudget): PdfFont => {
  spendWork(FONT_TABLE_UNITS, 'pdf fonts');
  const toUnicode = file.streamData(font.get('ToUnicode'));
  const map = toUnicode ? parseToUnicode(toUnicode, budget.entries) : undefined;
  budget.entries -= map?.text.size ?? 0;
  return nameOf(font.get('Subtype')) === 'Type0'
    ? compositeFont(file, font, map, budget)
    : simpleFont(file, font, map);
};

const simpleFont = (file: PdfFile, font: PdfDict, map: ToUnicodeMap | undefined): PdfFont => {
  const table = encodingTable(file, font, map !== undefined);
  const first = numberOf(file.get(font, 'FirstChar')) ?? 0;
  const widths = arrayOf(file.get(font, 'Widths'));
  const scale = glyphScale(file, font);
  // Both tables are built once: a page shows thousands of codes.
  const width = Array.from(
    { length: 256 },
    (_, code) => (numberOf(file.resolve(widths?.[code - first])) ?? Number.NaN) * scale,
  );
  // Simple fonts show one-byte codes whatever the CMap's codespace says: some producers
  // declare <0000> <FFFF> and write <008B> for the byte 0x8B.
  const text = Array.from(
    { length: 256 },
    (_, code) =>
      map?.text.get(codeKeyOf(code, 1)) ?? map?.text.get(codeKeyOf(code, 2)) ?? table[code] ?? '',
  );
  return {
    readable: true,
    decode: (bytes) =>
      simpleCodes(
        bytes,
        (code) => text[code] ?? '',
        (code) => width[code] ?? Number.NaN,
      ),
  };
};

const simpleCodes = (
  bytes: string,
  text: (code: number) => string,
  width: (code: number) => number,
): ShownCode[] =>
  Array.from(bytes, (char) => {
    const code = char.charCodeAt(0);
    return { text: text(code), width: width(code), wordSpace: code === 32 };
  });

/** Type 3 glyphs are measured in their own /FontMatrix units, not in thousandths of an em. */
const glyphScale = (file: PdfFile, font: PdfDict): number => {
  const matrix = arrayOf(file.get(font, 'FontMatrix'));
  const scale = numberOf(file.resolve(matrix?.[0]));
  return scale ? scale * 1000 : 1;
};

/**
 * The base encoding, then the /Differences glyph names applied. With no base named, an
 * embedded Type 1 program's own encoding is the base, but only read when no ToUnicode map
 * makes it moot (it costs inflating the font program).
 */
const encodingTable = (file: PdfFile, font: PdfDict, hasToUnicode: boolean): ByteTable => {
  const encoding = file.get(font, 'Encoding');
  const dict = dictOf(encoding);
  const standardByDefault =
    nameOf(font.get('Subtype')) === 'Type1' ? 'StandardEncoding' : undefined;
  const fallback = baseEncoding(standardByDefault) ?? WIN_ANSI;
  const base =
    baseEncoding(nameOf(dict ? file.get(dict, 'BaseEncoding') : encoding)) ??
    (hasToUnicode ? undefined : fontProgramEncoding(file, font, fallback)) ??
    fallback;
  const differences = arrayOf(dict && file.get(dict, 'Differences'));
  if (!differences) return base;
  const table = [...base];
  let code = 0;
  for (const item of differences) {
    const value = file.resolve(item);
    if (typeof value === 'number') code = value;
    else if (typeof value === 'string') {
      if (code >= 0 && code < 256) table[code] = glyphUnicode(value) ?? table[code] ?? '';
      code++;
    }
  }
  return table;
};

const fontProgramEncoding = (file: PdfFile, font: PdfDict, fallback: ByteTable) => {
  const descriptor = dictOf(file.get(font, 'FontDescriptor'));
  const program = descriptor?.get('FontFile');
  return program ? builtInEncoding(file.streamData(program), fallback) : undefined;
};

const compositeFont = (
  file: PdfFile,
  font: PdfDict,
  map: ToUnicodeMap | undefined,
  budget: FontBudget,
): PdfFont => {
  const encoding = file.resolve(font.get('Encoding'));
  const unicodeCodes = typeof encoding === 'string' && UNICODE_CMAP.test(encoding);
  const identity = typeof encoding === 'string' && encoding.startsWith('Identity');
  // Identity codes are two bytes; an embedded CMap stream says how long its codes are; for
  // other named CMaps the ToUnicode map's codespace is the best guide.
  const codespace = identity
    ? undefined
    : dictOf(encoding)
      ? parseToUnicode(file.streamData(font.get('Encoding')))
      : map;
  const descendant = dictOf(file.resolve(arrayOf(file.get(font, 'DescendantFonts'))?.[0]));
  const widths = cidWidths(file, descendant, Math.min(MAX_WIDTH_ENTRIES, budget.entries));
  budget.entries -= widths.byCid.size;
  return {
    readable: map !== undefined || unicodeCodes,
    decode: (bytes) => {
      const codes: ShownCode[] = [];
      for (let at = 0; at < bytes.length; ) {
        const length = Math.min(codeLength(codespace, bytes, at, 2), bytes.length - at);
        const value = codeValue(bytes, at, length);
        // Some ToUnicode maps write two-byte codes as one byte (<41> for <0041>): look up by value.
        const text =
          map?.text.get(codeKeyOf(value, length)) ??
          map?.text.get(codeKeyOf(value, 3 - length)) ??
          (unicodeCodes ? String.fromCharCode(value) : '');
        const width = identity ? (widths.byCid.get(value) ?? widths.standard) : widths.standard;
        codes.push({ text, width, wordSpace: false });
        at += length;
      }
      return codes;
    },
  };
};

interface CidWidths {
  byCid: Map<number, number>;
  standard: number;
}

/** A CID font's /W: `c [w1 w2 ...]` gives widths from c on, `c1 c2 w` one width for a range. */
const cidWidths = (file: PdfFile, cidFont: PdfDict | undefined, limit: number): CidWidths => {
  const standard = numberOf(file.get(cidFont, 'DW')) ?? DEFAULT_CID_WIDTH;
  const byCid = new Map<number, number>();
  const w = (arrayOf(file.get(cidFont, 'W')) ?? []).map((item) => file.resolve(item));
  let room = limit;
  for (let i = 0; i < w.length && room > 0; ) {
    const first = numberOf(w[i]) ?? 0;
    const next = w[i + 1];
    if (Array.isArray(next)) {
      for (const [k, width] of next.slice(0, room).entries())
        byCid.set(first + k, widthOf(file, width));
      room -= next.length;
      i += 2;
    } else {
      const last = Math.min(numberOf(next) ?? first, first + room - 1);
      const width = numberOf(w[i + 2]) ?? standard;
      for (let cid = first; cid <= last; cid++) byCid.set(cid, width);
      room -= Math.max(1, last - first + 1);
      i += 3;
    }
  }
  return { byCid, standard };
};

const widthOf = (file: PdfFile, value: PdfValue | undefined): number =>
  numberOf(file.resolve(value)) ?? 0;
