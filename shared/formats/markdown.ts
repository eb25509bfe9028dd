import { decodeHTML } from 'entities';
import { lexer, type Token, type Tokens } from 'marked';
import { collapseSpaces } from './decode.ts';
import { emptyDocument, type ParsedDocument } from './document.ts';
import { splitFrontMatter } from './front-matter.ts';
import { MalformedInputError } from './malformed.ts';

/**
 * Markdown with optional YAML front matter, read with marked's lexer (fast, CommonMark +
 * GFM). Headings become section headings (a leading `#` heading is the title), inline
 * markup is reduced to its text, each list item and quoted paragraph is a paragraph.
 * Code blocks, tables, images and raw HTML blocks are not article prose and are skipped.
 */
export const parseMarkdown = (text: string): ParsedDocument => {
  const { fields, body } = splitFrontMatter(text);
  checkNesting(body);
  const doc: ParsedDocument = { ...emptyDocument('markdown'), ...withoutUndefined(fields ?? {}) };
  readBlocks(lexer(body), doc);
  doc.sections = doc.sections.filter((s) => s.heading !== null || s.paragraphs.length > 0);
  return doc;
};

/**
 * Nesting the lexer is given: marked recurses per quote level (a few thousand `>`
 * overflow the stack) and slows quadratically with list depth (400 levels take about a
 * second). Articles quote and indent a few levels.
 */
const MAX_QUOTE_DEPTH = 16;
const MAX_INDENT_COLUMNS = 64;
const DEEP_QUOTE = new RegExp(`^ {0,3}(?:> ?){${MAX_QUOTE_DEPTH + 1}}`, 'm');
const DEEP_INDENT = new RegExp(`^[ \\t]{${MAX_INDENT_COLUMNS + 1},}\\S`, 'm');

const checkNesting = (body: string): void => {
  if (DEEP_QUOTE.test(body)) {
    throw new MalformedInputError(
      `The Markdown nests quotes deeper than ${MAX_QUOTE_DEPTH} levels.`,
    );
  }
  if (DEEP_INDENT.test(body)) {
    throw new MalformedInputError(
      `The Markdown indents lines deeper than ${MAX_INDENT_COLUMNS} columns.`,
    );
  }
};

const readBlocks = (tokens: readonly Token[], doc: ParsedDocument): void => {
  for (const token of tokens) {
    if (token.type === 'heading') readHeading(token as Tokens.Heading, doc);
    else if (token.type === 'paragraph') addParagraph(inlineText(token.tokens), doc);
    else if (token.type === 'blockquote') readBlocks((token as Tokens.Blockquote).tokens, doc);
    else if (token.type === 'list') readList(token as Tokens.List, doc);
  }
};

const readHeading = (token: Tokens.Heading, doc: ParsedDocument): void => {
  const heading = inlineText(token.tokens);
  if (heading === '') return;
  const nothingYet = doc.sections.length === 0;
  if (token.depth === 1 && nothingYet && (doc.title === undefined || doc.title === heading)) {
    doc.title = heading;
    return;
  }
  doc.sections.push({ heading, paragraphs: [] });
};

const readList = (list: Tokens.List, doc: ParsedDocument): void => {
  for (const item of list.items) {
    const blocks = item.tokens.filter((t) => t.type !== 'text');
    const text = inlineText(item.tokens.filter((t) => t.type === 'text'));
    addParagraph(text, doc);
    readBlocks(blocks, doc);
  }
};

const addParagraph = (text: string, doc: ParsedDocument): void => {
  if (text === '') return;
  let section = doc.sections.at(-1);
  if (!section) {
    section = { heading: null, paragraphs: [] };
    doc.sections.push(section);
  }
  section.paragraphs.push(text);
};

/** Inline tokens -> plain text: links keep their text, emphasis and code lose their marks. */
const inlineText = (tokens: readonly Token[] | undefined): string =>
  collapseSpaces(decodeHTML(flatten(tokens ?? [])));

const flatten = (tokens: readonly Token[]): string => {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'html' || token.type === 'image') {
      text += token.type === 'html' && BREAK_TAG.test(token.text) ? ' ' : '';
    } else if (token.type === 'br') {
      text += ' ';
    } else if ('tokens' in token && token.tokens) {
      text += flatten(token.tokens);
    } else if ('text' in token) {
      text += token.text;
    }
  }
  return text;
};

const BREAK_TAG = /^<br\s*\/?>$/i;

const withoutUndefined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
