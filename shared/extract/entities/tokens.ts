import { isAbbreviation } from '../../text/sentences.ts';

/**
 * Word and punctuation tokens of one paragraph, with the facts the entity rules read:
 * capitalisation, sentence starts and a stripped possessive (`Russia's` -> `Russia`).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  sentenceStart: boolean;
  /** The word carried a possessive `'s` (stripped from `text`). */
  possessive: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/u;
const CAPITALISED = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const OPENERS = new Set(['"', '“', '«', '„', '(', '‘', "'"]);
/** Quotes that only open: what follows starts the quoted sentence (`she said, “Make ...`). */
const OPENING_QUOTES = new Set(['“', '«', '„']);
/** Quotes and brackets that close a sentence (`... away.” Questioning ...`). */
const CLOSERS = new Set(['"', '”', '»', ')', '’', "'"]);
const endsSentence = (tokens: readonly Token[], index: number): boolean => {
  const token = tokens[index];
  if (token === undefined) return true;
  if (!SENTENCE_END.has(token.text)) return false;
  return token.text !== '.' || !isAbbreviation(tokens[index - 1]?.text ?? '');
};

const startsSentence = (tokens: readonly Token[], index: number): boolean => {
  if (index === 0) return true;
  if (endsSentence(tokens, index - 1)) return true;
  const before = tokens[index - 1];
  if (before === undefined || before.word) return false;
  const previous = before.text;
  if (OPENING_QUOTES.has(previous)) return true;
  return (OPENERS.has(previous) || CLOSERS.has(previous)) && endsSentence(tokens, index - 2);
};

/**
 * `test` on the token's first character, answered without the Unicode regex for ASCII
 * (most tokens of most articles): `ascii` says whether an ASCII code passes.
 */
const firstCharTest =
  (pattern: RegExp, ascii: (code: number) => boolean) =>
  (raw: string): boolean => {
    const code = raw.charCodeAt(0);
    return code < 0x80 ? ascii(code) : pattern.test(raw);
  };
const isAsciiUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isAsciiAlphanumeric = (code: number): boolean =>
  isAsciiUpper(code) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
const opensWithWordChar = firstCharTest(WORD, isAsciiAlphanumeric);
const opensCapitalised = firstCharTest(CAPITALISED, isAsciiUpper);
/** `POSSESSIVE` replaced only where the word ends in `s`: most words keep their text. */
const withoutPossessive = (word: string): string =>
  word.endsWith('s') ? word.replace(POSSESSIVE, '') : word;

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const word = opensWithWordChar(raw);
    const stripped = word ? withoutPossessive(raw) : raw;
    const start = match.index;
    tokens.push({
      text: stripped,
      start,
      end: start + stripped.length,
      word,
      cap: word && opensCapitalised(raw),
      sentenceStart: false,
      possessive: stripped.length < raw.length,
    });
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.word) token.sentenceStart = startsSentence(tokens, i);
  }
  return tokens;
};
