import { hexBytes, PdfString, type PdfValue, parseObject } from './syntax.ts';

/**
 * A content stream as its operations: each operator with the operands before it (strings,
 * numbers, names, arrays of them). Comments, dictionaries of marked content and the
 * binary data of inline images (`BI ... ID <data> EI`) are passed over.
 */
export interface Operation {
  op: string;
  args: PdfValue[];
}

const TOKEN =
  /\(|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/[\]()<>{}%]*|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*][\w'"*]*|%[^\r\n]*/g;
const NUMBER_START = /^[-+.\d]/;
/**
 * Memory bounds for hostile streams (millions of `[` or of operands with no operator):
 * arrays nest this deep at most, hold this many items, and only the last operands count.
 */
const MAX_ARRAY_NESTING = 32;
const MAX_ARRAY_ITEMS = 0x10000;
const MAX_OPERANDS = 64;
const INLINE_IMAGE_END = /\sEI(?=\s|$)/g;

export function* contentOperations(content: string): Generator<Operation> {
  let args: PdfValue[] = [];
  const arrays: PdfValue[][] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(content); match; match = TOKEN.exec(content)) {
    const token = match[0];
    const first = token[0];
    let value: PdfValue | undefined;
    if (token === '(') {
      const parsed = parseObject(content, match.index);
      if (!parsed) return;
      value = parsed.value;
      TOKEN.lastIndex = parsed.end;
    } else if (token === '[') {
      if (arrays.length < MAX_ARRAY_NESTING) arrays.push([]);
    } else if (token === ']') value = arrays.pop() ?? [];
    else if (first === '<' && token !== '<<') value = new PdfString(hexBytes(token.slice(1, -1)));
    else if (first === '/') value = token.slice(1);
    else if (first === '%' || token === '<<' || token === '>>') continue;
    else if (NUMBER_START.test(token)) value = Number(token);
    else if (arrays.length === 0) {
      const resume = token === 'ID' ? inlineImageEnd(content, TOKEN.lastIndex) : TOKEN.lastIndex;
      yield { op: token, args };
      // The caller may have read another stream (a form) meanwhile, moving the shared index.
      TOKEN.lastIndex = resume;
      args = [];
    }
    if (value === undefined) continue;
    const open = arrays.at(-1);
    if (open) {
      if (open.length < MAX_ARRAY_ITEMS) open.push(value);
    } else {
      if (args.length >= MAX_OPERANDS) args.splice(0, MAX_OPERANDS / 2);
      args.push(value);
    }
  }
}

const inlineImageEnd = (content: string, from: number): number => {
  INLINE_IMAGE_END.lastIndex = from;
  return INLINE_IMAGE_END.exec(content) ? INLINE_IMAGE_END.lastIndex : content.length;
};
