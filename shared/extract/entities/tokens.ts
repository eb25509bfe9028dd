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

export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const word = WORD.test(raw);
    const stripped = word ? raw.replace(POSSESSIVE, '') : raw;
    const start = match.index;
    tokens.push({
      text: stripped,
      start,
      end: start + stripped.length,
      word,
      cap: word && CAPITALISED.test(raw),
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
