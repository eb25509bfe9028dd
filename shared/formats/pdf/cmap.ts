import { spendWork } from '../../domain/work-budget.ts';
import { glyphUnicode } from './glyphs.ts';
import { hexBytes } from './syntax.ts';

/**
 * A font's /ToUnicode CMap: which byte sequences are codes (`codespacerange`, 1 to 4
 * bytes) and the text each code stands for (`bfchar`, `bfrange` in its start-end-first
 * and its array forms). Destinations are UTF-16BE, so one code may give a surrogate pair
 * or several letters (a ligature's "ffi").
 */
export interface ToUnicodeMap {
  /** Code ranges, byte by byte; empty when the CMap declares none. */
  codespace: CodeRange[];
  text: Map<number, string>;
}

interface CodeRange {
  low: string;
  high: string;
}

/** Entries one CMap may define: two-byte codes give at most 65,536 per code length. */
const MAX_CMAP_ENTRIES = 0x20000;
const MAX_CODE_BYTES = 4;
/**
 * Code ranges kept: every shown code is tried against each, so thousands would multiply
 * the work per char; real CMaps declare one to a dozen.
 */
export const MAX_CODESPACE_RANGES = 32;

const TOKEN = /<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/[\]<>()]+|[A-Za-z]+/g;
type Section = 'codespacerange' | 'bfchar' | 'bfrange' | undefined;
const SECTIONS = new Set<string>(['codespacerange', 'bfchar', 'bfrange']);

/** A code's value: its `length` bytes from `at`, big-endian. */
export const codeValue = (bytes: string, at = 0, length = bytes.length - at): number => {
  let code = 0;
  for (let i = at; i < at + length; i++) code = code * 256 + bytes.charCodeAt(i);
  return code;
};

/** The key of a code in `text`: its value and its byte length (<41> is not <0041>). */
export const codeKey = (bytes: string, at = 0, length = bytes.length - at): number =>
  codeKeyOf(codeValue(bytes, at, length), length);

export const codeKeyOf = (value: number, length: number): number => length * 2 ** 32 + value;

/**
 * `limit` caps the entries written, overwrites included, so that ranges remapping the
 * same codes again and again stop there too (callers share one cap among a file's fonts).
 */
export const parseToUnicode = (cmap: string, limit = MAX_CMAP_ENTRIES): ToUnicodeMap => {
  const map: ToUnicodeMap = { codespace: [], text: new Map() };
  let section: Section;
  let operands: Array<string | string[]> = [];
  let array: string[] | undefined;
  const room: Room = { writes: Math.min(limit, MAX_CMAP_ENTRIES) };
  spendWork(cmap.length, 'pdf cmap');
  for (const [token] of cmap.matchAll(TOKEN)) {
    if (token.startsWith('begin') && SECTIONS.has(token.slice(5))) {
      section = token.slice(5) as Section;
      operands = [];
    } else if (token.startsWith('end')) section = undefined;
    else if (!section) continue;
    else if (token === '[') array = [];
    else if (array && token !== ']') array.push(token);
    else {
      operands.push(array ?? token);
      array = undefined;
      if (takeEntry(map, section, operands, room)) operands = [];
    }
  }
  return map;
};

/** Entries one CMap may still write. */
interface Room {
  writes: number;
}

/** Adds the entry the operands complete, if they do; true when they were used up. */
const takeEntry = (
  map: ToUnicodeMap,
  section: Section,
  operands: Array<string | string[]>,
  room: Room,
) => {
  const [a, b, c] = operands;
  if (section === 'bfchar' && operands.length === 2 && typeof a === 'string') {
    if (b !== undefined && !Array.isArray(b))
      setText(map, codeKey(hexBytes(a)), destination(b), room);
    return true;
  }
  if (operands.length < (section === 'bfrange' ? 3 : 2)) return false;
  if (typeof a !== 'string' || typeof b !== 'string') return true;
  const low = hexBytes(a);
  const high = hexBytes(b);
  if (low.length !== high.length || low.length === 0 || low.length > MAX_CODE_BYTES) return true;
  if (section === 'codespacerange') {
    if (map.codespace.length < MAX_CODESPACE_RANGES) map.codespace.push({ low, high });
  } else if (c !== undefined) addRange(map, low, high, c, room);
  return true;
};

const addRange = (
  map: ToUnicodeMap,
  low: string,
  high: string,
  dst: string | string[],
  room: Room,
) => {
  const first = codeKey(low);
  const count = codeKey(high) - first + 1;
  if (count <= 0 || count > room.writes) return;
  spendWork(count, 'pdf cmap');
  const start = Array.isArray(dst) ? '' : destination(dst);
  for (let i = 0; i < count; i++) {
    const text = Array.isArray(dst) ? destination(dst[i] ?? '') : increment(start, i);
    setText(map, first + i, text, room);
  }
};

const setText = (map: ToUnicodeMap, key: number, text: string, room: Room): void => {
  if (room.writes <= 0) return;
  room.writes--;
  map.text.set(key, text);
};

/** A destination: UTF-16BE hex (surrogate pairs and several letters allowed) or a glyph name. */
const destination = (token: string): string => {
  if (token.startsWith('/')) return glyphUnicode(token.slice(1)) ?? '';
  const bytes = hexBytes(token.slice(1, -1));
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode(bytes.charCodeAt(i) * 256 + bytes.charCodeAt(i + 1));
  }
  return text;
};

/** A range's i-th destination: the first with its last UTF-16 unit advanced by i. */
const increment = (text: string, by: number): string => {
  if (by === 0 || text === '') return text;
  const last = text.charCodeAt(text.length - 1);
  return text.slice(0, -1) + String.fromCharCode(last + by);
};

/** Length of the code starting at `at`: the shortest codespace range it fits, else `fallback`. */
export const codeLength = (
  map: ToUnicodeMap | undefined,
  bytes: string,
  at: number,
  fallback: number,
): number => {
  if (!map || map.codespace.length === 0) return fallback;
  for (let length = 1; length <= MAX_CODE_BYTES; length++) {
    for (const range of map.codespace) {
      if (range.low.length === length && fits(range, bytes, at)) return length;
    }
  }
  return fallback;
};

const fits = (range: CodeRange, bytes: string, at: number): boolean => {
  if (at + range.low.length > bytes.length) return false;
  for (let i = 0; i < range.low.length; i++) {
    const byte = bytes.charCodeAt(at + i);
    if (byte < range.low.charCodeAt(i) || byte > range.high.charCodeAt(i)) return false;
  }
  return true;
};
