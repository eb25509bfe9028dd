/**
 * PDF object syntax (numbers, names, strings, arrays, dictionaries, `n g R` references),
 * parsed from the file read as Latin-1 chars (one char a byte). Enough of the grammar to
 * follow pages, fonts and their maps; stream data is left to the caller.
 */
export class PdfRef {
  readonly num: number;
  constructor(num: number) {
    this.num = num;
  }
}

/** A string object's bytes, one char a byte (literal escapes and hex already decoded). */
export class PdfString {
  readonly bytes: string;
  constructor(bytes: string) {
    this.bytes = bytes;
  }
}

/** Names are plain strings without the slash. */
export type PdfValue = number | boolean | null | string | PdfString | PdfRef | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export interface Parsed {
  value: PdfValue;
  end: number;
}

/** Deeper nesting than this is hostile input, not a document: parsing stops there. */
const MAX_NESTING = 32;
const WHITESPACE = /[\s\0]/;
const DELIMITER = /[\s\0()<>[\]{}/%]/;
const NUMBER_REF = /\s*(\d+)\s+R(?![A-Za-z])/y;
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)/y;
const NAME_ESCAPE = /#([0-9A-Fa-f]{2})/g;
const HEX_DIGITS = /[^0-9A-Fa-f]/g;
const LITERAL_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
};

export const skipSpace = (text: string, at: number): number => {
  let i = at;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '%') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (WHITESPACE.test(c)) i++;
    else break;
  }
  return i;
};

/** The object starting at (or after whitespace from) `at`; undefined where none is. */
export const parseObject = (text: string, at: number, depth = 0): Parsed | undefined => {
  if (depth > MAX_NESTING) return undefined;
  const i = skipSpace(text, at);
  const c = text[i];
  if (c === undefined) return undefined;
  if (c === '/') return parseName(text, i);
  if (c === '(') return parseLiteral(text, i);
  if (c === '[') return parseArray(text, i, depth);
  if (c === '<') return text[i + 1] === '<' ? parseDict(text, i, depth) : parseHex(text, i);
  NUMBER.lastIndex = i;
  const number = NUMBER.exec(text);
  if (number) return parseNumberOrRef(text, i, number[0]);
  const word = readWord(text, i);
  if (word === 'true' || word === 'false') return { value: word === 'true', end: i + word.length };
  if (word === 'null') return { value: null, end: i + 4 };
  return undefined;
};

const parseNumberOrRef = (text: string, at: number, number: string): Parsed => {
  const end = at + number.length;
  if (/^\d+$/.test(number)) {
    NUMBER_REF.lastIndex = end;
    const ref = NUMBER_REF.exec(text);
    if (ref) return { value: new PdfRef(Number(number)), end: NUMBER_REF.lastIndex };
  }
  return { value: Number(number), end };
};

const readWord = (text: string, at: number): string => {
  let end = at;
  while (end < text.length && !DELIMITER.test(text[end] ?? '')) end++;
  return text.slice(at, end);
};

const parseName = (text: string, at: number): Parsed => {
  const word = readWord(text, at + 1);
  const name = word.replace(NAME_ESCAPE, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return { value: name, end: at + 1 + word.length };
};

const parseArray = (text: string, at: number, depth: number): Parsed | undefined => {
  const items: PdfValue[] = [];
  let i = at + 1;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    if (text[i] === ']') return { value: items, end: i + 1 };
    const item = parseObject(text, i, depth + 1);
    if (!item) return undefined;
    items.push(item.value);
    i = item.end;
  }
};

const parseDict = (text: string, at: number, depth: number): Parsed | undefined => {
  const dict: PdfDict = new Map();
  let i = at + 2;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return undefined;
    if (text.startsWith('>>', i)) return { value: dict, end: i + 2 };
    const key = parseObject(text, i, depth + 1);
    if (!key || typeof key.value !== 'string') return undefined;
    const value = parseObject(text, key.end, depth + 1);
    if (!value) return undefined;
    dict.set(key.value, value.value);
    i = value.end;
  }
};

const parseHex = (text: string, at: number): Parsed | undefined => {
  const close = text.indexOf('>', at);
  if (close < 0) return undefined;
  return { value: new PdfString(hexBytes(text.slice(at + 1, close))), end: close + 1 };
};

/** Hex digits (whitespace ignored, an odd last digit padded with 0) as one char a byte. */
export const hexBytes = (hex: string): string => {
  const digits = hex.replace(HEX_DIGITS, '');
  let bytes = '';
  for (let i = 0; i < digits.length; i += 2) {
    bytes += String.fromCharCode(Number.parseInt(digits.slice(i, i + 2).padEnd(2, '0'), 16));
  }
  return bytes;
};

/** A literal string `( ... )` with balanced parentheses and backslash escapes. */
const parseLiteral = (text: string, at: number): Parsed | undefined => {
  let bytes = '';
  let nesting = 0;
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\') {
      const escaped = readEscape(text, i + 1);
      bytes += escaped.bytes;
      i = escaped.end - 1;
    } else if (c === '(') {
      nesting++;
      bytes += c;
    } else if (c === ')') {
      if (nesting === 0) return { value: new PdfString(bytes), end: i + 1 };
      nesting--;
      bytes += c;
    } else bytes += c;
  }
  return undefined;
};

const OCTAL = /[0-7]{1,3}/y;

/** The bytes one backslash escape stands for, and where the text after it starts. */
export const readEscape = (text: string, at: number): { bytes: string; end: number } => {
  const c = text[at] ?? '';
  OCTAL.lastIndex = at;
  const octal = OCTAL.exec(text);
  if (octal) {
    const code = Number.parseInt(octal[0], 8) & 0xff;
    return { bytes: String.fromCharCode(code), end: at + octal[0].length };
  }
  if (c === '\r') return { bytes: '', end: text[at + 1] === '\n' ? at + 2 : at + 1 };
  if (c === '\n') return { bytes: '', end: at + 1 };
  return { bytes: LITERAL_ESCAPES[c] ?? c, end: at + 1 };
};

/** Typed look-ups, so callers need not test each value's shape. */
export const dictOf = (value: PdfValue | undefined): PdfDict | undefined =>
  value instanceof Map ? value : undefined;
export const numberOf = (value: PdfValue | undefined): number | undefined =>
  typeof value === 'number' ? value : undefined;
export const nameOf = (value: PdfValue | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;
export const arrayOf = (value: PdfValue | undefined): PdfValue[] | undefined =>
  Array.isArray(value) ? value : undefined;
