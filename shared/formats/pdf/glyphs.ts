/**
 * Glyph names (as in a simple font's /Encoding /Differences) to Unicode, for Latin text:
 * a compact list instead of the Adobe Glyph List's 4,000 names. Letters and digits,
 * ASCII and typographic punctuation, ligatures spelt out, accented letters composed from
 * the letter and the accent's name, and the `uniXXXX` / `uXXXX` / `f_i` / `a.sc` forms
 * font tools generate. Unknown names give undefined.
 */
/** ASCII punctuation and digits by name, in code order from each start. */
const ASCII_RUNS: ReadonlyArray<[number, string]> = [
  [0x20, 'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft'],
  [0x29, 'parenright asterisk plus comma hyphen period slash'],
  [0x30, 'zero one two three four five six seven eight nine colon semicolon less equal'],
  [0x3e, 'greater question at'],
  [0x5b, 'bracketleft backslash bracketright asciicircum underscore grave'],
  [0x7b, 'braceleft bar braceright asciitilde'],
];

// biome-ignore format: a name table reads best packed
const NAMED: Record<string, string> = {
  ...Object.fromEntries(
    ASCII_RUNS.flatMap(([start, names]) =>
      names.split(' ').map((name, i) => [name, String.fromCharCode(start + i)]),
    ),
  ),
  quoteleft: '‘', quoteright: '’', quotedblleft: '“', quotedblright: '”', quotesinglbase: '‚',
  quotedblbase: '„', guillemotleft: '«', guillemotright: '»', guilsinglleft: '‹',
  guilsinglright: '›', endash: '–', emdash: '—', bullet: '•', ellipsis: '…', dagger: '†',
  daggerdbl: '‡', periodcentered: '·', section: '§', paragraph: '¶', copyright: '©',
  registered: '®', trademark: '™', degree: '°', plusminus: '±', multiply: '×', divide: '÷',
  minus: '−', sterling: '£', yen: '¥', Euro: '€', cent: '¢', currency: '¤', exclamdown: '¡',
  questiondown: '¿', ordfeminine: 'ª', ordmasculine: 'º', nbspace: '\u00a0',
  nonbreakingspace: '\u00a0', sfthyphen: '\u00ad', softhyphen: '\u00ad', brokenbar: '¦',
  fraction: '⁄', perthousand: '‰', onehalf: '½', onequarter: '¼', threequarters: '¾',
  mu: 'µ', florin: 'ƒ', logicalnot: '¬', germandbls: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ',
  OE: 'Œ', oslash: 'ø', Oslash: 'Ø', dotlessi: 'ı', lslash: 'ł', Lslash: 'Ł', eth: 'ð',
  Eth: 'Ð', thorn: 'þ', Thorn: 'Þ', ff: 'ff', fi: 'fi', fl: 'fl', ffi: 'ffi', ffl: 'ffl',
  acute: '´', dieresis: '¨', circumflex: 'ˆ', tilde: '˜', macron: '¯', cedilla: '¸', caron: 'ˇ',
  breve: '˘', dotaccent: '˙', ring: '˚', hungarumlaut: '˝', ogonek: '˛',
};

/** Accent names, as combining marks: `eacute` is e + U+0301, composed by NFC. */
// biome-ignore format: a name table reads best packed
const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circumflex: '\u0302', tilde: '\u0303', macron: '\u0304',
  breve: '\u0306', dotaccent: '\u0307', dieresis: '\u0308', ring: '\u030a',
  hungarumlaut: '\u030b', caron: '\u030c', cedilla: '\u0327', ogonek: '\u0328',
};

const LETTER = /^[A-Za-z]$/;
const ACCENTED = /^([A-Za-z])([a-z]+)$/;
const UNI = /^uni((?:[0-9A-F]{4})+)$/;
const U_NAME = /^u([0-9A-F]{4,6})$/;
const UTF16_UNITS = /.{4}/g;
/** Largest code point Unicode defines, to refuse out-of-range `uXXXXXX` names. */
const MAX_CODE_POINT = 0x10ffff;

export const glyphUnicode = (name: string): string | undefined => {
  const base = name.split('.')[0] ?? '';
  if (base.includes('_')) return joinParts(base.split('_'));
  return NAMED[base] ?? (LETTER.test(base) ? base : undefined) ?? derived(base);
};

const joinParts = (parts: readonly string[]): string | undefined => {
  const texts = parts.map((part) => glyphUnicode(part));
  return texts.every((text) => text !== undefined) ? texts.join('') : undefined;
};

const derived = (name: string): string | undefined => {
  const accented = name.match(ACCENTED);
  const mark = accented && ACCENTS[accented[2] ?? ''];
  if (accented && mark) return `${accented[1]}${mark}`.normalize('NFC');
  const uni = name.match(UNI);
  if (uni) {
    const units = (uni[1] ?? '').match(UTF16_UNITS) ?? [];
    return String.fromCharCode(...units.map((unit) => Number.parseInt(unit, 16)));
  }
  const code = Number.parseInt(name.match(U_NAME)?.[1] ?? '', 16);
  return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : undefined;
};
