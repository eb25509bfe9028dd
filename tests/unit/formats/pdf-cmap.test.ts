import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import {
  codeKey,
  codeLength,
  MAX_CODESPACE_RANGES,
  parseToUnicode,
} from '#shared/formats/pdf/cmap.ts';
import { glyphUnicode } from '#shared/formats/pdf/glyphs.ts';

const textOf = (cmap: string, bytes: string, fallback = 1): string => {
  const map = parseToUnicode(cmap);
  let text = '';
  for (let at = 0; at < bytes.length; ) {
    const length = codeLength(map, bytes, at, fallback);
    text += map.text.get(codeKey(bytes.slice(at, at + length))) ?? '?';
    at += length;
  }
  return text;
};

describe('parseToUnicode', () => {
  it('stops writing codes at the entry cap, however often ranges remap the same codes', () => {
    const cmap = `2000 beginbfrange\n${'<0000> <FFFF> <0041>\n'.repeat(2000)}endbfrange`;
    const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);

    const map = withinBudget(DEFAULT_LIMITS, budget, () => parseToUnicode(cmap));

    expect(map.text.size).toBe(0x10000);
    // Two ranges are written (the 0x20000 cap), not 2,000: the work charged shows it.
    expect(budget.used).toBeLessThan(cmap.length + 3 * 0x10000);
  });

  it('keeps at most a few dozen codespace ranges, however many a CMap declares', () => {
    const ranges = Array.from({ length: 5000 }, () => '<00> <7F>').join(' ');
    const cmap = `5000 begincodespacerange ${ranges} endcodespacerange`;

    expect(parseToUnicode(cmap).codespace).toHaveLength(MAX_CODESPACE_RANGES);
  });

  it('maps bfchar codes, surrogate pairs and ligatures to their text', () => {
    const cmap = `1 begincodespacerange <0000> <FFFF> endcodespacerange
      3 beginbfchar <0003> <0041> <0004> <D83DDE00> <0005> <006600660069> endbfchar`;

    expect(textOf(cmap, '\x00\x03\x00\x04\x00\x05')).toBe('A😀ffi');
  });

  it('maps bfrange in its start-end-first form and its array form', () => {
    const cmap = `2 beginbfrange
      <0010> <0012> <0061>
      <0020> <0022> [<0058> <00E9> <2019>]
      endbfrange`;

    expect(textOf(cmap, '\x00\x10\x00\x12\x00\x20\x00\x21\x00\x22', 2)).toBe('acXé’');
  });

  it('splits a string into 1- and 2-byte codes by the codespace ranges', () => {
    const cmap = `2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
      2 beginbfchar <41> <0041> <8140> <3000> endbfchar`;

    expect(textOf(cmap, 'A\x81\x40A')).toBe('A\u3000A');
  });

  it('keeps <41> and <0041> apart, and ignores a range too large to be real', () => {
    const cmap = `beginbfchar <41> <0058> <0041> <0059> endbfchar
      beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange`;
    const map = parseToUnicode(cmap);

    expect(map.text.get(codeKey('A'))).toBe('X');
    expect(map.text.get(codeKey('\x00A'))).toBe('Y');
    expect(map.text.size).toBe(2);
  });

  it('keeps no more entries than the limit it is given (a budget shared by all fonts)', () => {
    const cmap = 'beginbfrange <0000> <00FF> <0041> endbfrange beginbfchar <0100> <0042> endbfchar';

    expect(parseToUnicode(cmap, 300).text.size).toBe(257);
    expect(parseToUnicode(cmap, 100).text.size).toBe(1);
  });
});

describe('glyphUnicode', () => {
  it.each([
    ['a', 'a'],
    ['eacute', 'é'],
    ['Udieresis', 'Ü'],
    ['quoteright', '’'],
    ['fi', 'fi'],
    ['f_f_i', 'ffi'],
    ['uni00E9', 'é'],
    ['u1F600', '😀'],
    ['a.sc', 'a'],
    ['seven', '7'],
  ])('reads %s as %s', (name, text) => {
    expect(glyphUnicode(name)).toBe(text);
  });

  it('gives nothing for names it does not know', () => {
    expect(glyphUnicode('g123')).toBeUndefined();
    expect(glyphUnicode('u110000')).toBeUndefined();
  });
});
