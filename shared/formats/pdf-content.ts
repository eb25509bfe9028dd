/**
 * The text operators of a PDF content stream (`BT`...`ET`: `Tj`, `TJ`, `'`, `"`, and the
 * positioning `Td`, `TD`, `Tm`, `T*`, `TL`) read into lines, each with its baseline `y`.
 * Strings are decoded as single-byte WinAnsi text (the simple fonts' common encoding);
 * two-byte codes (CID fonts) are counted so the caller can give up on them.
 */
export interface PdfLine {
  y: number;
  text: string;
}

export interface ContentText {
  lines: PdfLine[];
  /** Hex strings shown: in practice the two-byte codes of CID fonts, unreadable here. */
  hexStrings: number;
}

/** TJ offsets (thousandths of an em) past which a gap is a word space. */
const TJ_SPACE_OFFSET = -180;
const TOKEN =
  /\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/[\]()<>]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+|<<|>>/g;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
const ESCAPE = /\\(?:([nrtbf()\\])|([0-7]{1,3})|\r?\n)/g;

export const readContent = (content: string, decodeByte: (code: number) => string): ContentText => {
  const lines: PdfLine[] = [];
  let hexStrings = 0;
  let current = '';
  let y = 0;
  let leading = 0;
  let operands: Array<string | string[]> = [];
  let array: string[] | undefined;
  const newLine = (dy: number): void => {
    if (current.trim()) lines.push({ y, text: current });
    current = '';
    y += dy;
  };
  const show = (raw: string): void => {
    if (raw.startsWith('<')) {
      hexStrings++;
      return;
    }
    current += literal(raw, decodeByte);
  };
  for (const match of content.matchAll(TOKEN)) {
    const token = match[0];
    if (token === '[') array = [];
    else if (token === ']') {
      operands.push(array ?? []);
      array = undefined;
    } else if (array) array.push(token);
    else if (
      token.startsWith('(') ||
      token.startsWith('<') ||
      token.startsWith('/') ||
      isNumber(token)
    ) {
      operands.push(token);
    } else {
      const n = (i: number): number => Number(operands.at(i) ?? 0);
      const last = operands.at(-1);
      switch (token) {
        case 'Td':
        case 'TD':
          if (token === 'TD') leading = -n(-1);
          if (n(-1) !== 0) newLine(n(-1));
          else current += ' ';
          break;
        case 'Tm':
          if (n(-1) !== y) newLine(n(-1) - y);
          break;
        case 'T*':
          newLine(-leading);
          break;
        case 'TL':
          leading = n(-1);
          break;
        case 'Tj':
          if (typeof last === 'string') show(last);
          break;
        case "'":
        case '"':
          newLine(-leading);
          if (typeof last === 'string') show(last);
          break;
        case 'TJ':
          for (const part of Array.isArray(last) ? last : []) {
            if (isNumber(part)) current += Number(part) < TJ_SPACE_OFFSET ? ' ' : '';
            else show(part);
          }
          break;
        case 'ET':
          newLine(0);
          break;
      }
      operands = [];
    }
  }
  newLine(0);
  return { lines, hexStrings };
};

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)$/;
const isNumber = (token: string): boolean => NUMBER.test(token);

const NEEDS_DECODING = /[\\\u0080-\u00ff]/;

const literal = (raw: string, decodeByte: (code: number) => string): string => {
  const plain = raw.slice(1, -1);
  if (!NEEDS_DECODING.test(plain)) return plain;
  const inner = plain.replace(ESCAPE, (_, char?: string, octal?: string) => {
    if (char) return ESCAPES[char] ?? char;
    if (octal) return String.fromCharCode(Number.parseInt(octal, 8) & 0xff);
    return '';
  });
  let text = '';
  for (let i = 0; i < inner.length; i++) text += decodeByte(inner.charCodeAt(i));
  return text;
};
