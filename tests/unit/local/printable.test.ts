import { describe, expect, it } from 'vitest';
import { printable, printableJson } from '#local/command-line/printable.ts';

describe('printable', () => {
  it('keeps ordinary text, accents and emoji as they are', () => {
    expect(printable('news/é l’été 🙂.txt')).toBe('news/é l’été 🙂.txt');
  });

  it('escapes C0 controls, so an ANSI sequence cannot recolour the terminal', () => {
    expect(printable('a\u001b[31mred\r\nb\t')).toBe('a\\x1b[31mred\\x0d\\x0ab\\x09');
  });

  it('escapes DEL and C1 controls', () => {
    expect(printable('x\u007fy\u0085z\u009b')).toBe('x\\x7fy\\x85z\\x9b');
  });

  it('escapes bidi overrides and isolates, so a name cannot read backwards', () => {
    expect(printable('invoice\u202eexe.txt\u2066')).toBe('invoice\\u202eexe.txt\\u2066');
  });

  it('escapes line and paragraph separators', () => {
    expect(printable('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
  });

  it('doubles a backslash, so a literal "\\x1b" in a key stays distinguishable', () => {
    expect(printable('a\\x1b')).toBe('a\\\\x1b');
  });

  it('prints non-string values through String()', () => {
    expect(printable(42)).toBe('42');
  });
});

describe('printableJson', () => {
  it('writes DEL, C1 and bidi characters as \\u escapes that parse back to the same value', () => {
    const value = { key: 'a\u202eb\u007fc\u0085', title: 'é\u001b' };

    const shown = printableJson(value);

    expect([...shown].filter((c) => '\u202e\u007f\u0085\u001b'.includes(c))).toEqual([]);
    expect(shown).toContain('a\\u202eb\\u007fc\\u0085');
    expect(JSON.parse(shown)).toEqual(value);
  });
});
