import { decodeHTML } from 'entities';
import { lexer, type Token, type Tokens } from 'marked';
import { collapseSpaces } from './decode.ts';
import { emptyDocument, type ParsedDocument } from './document.ts';
import { splitFrontMatter } from './front-matter.ts';

/**
 * Markdown with optional YAML front matter, read with marked's lexer (fast, CommonMark +
 * GFM). Headings become section headings (a leading `#` heading is the title), inline
 * markup is reduced to its text, each list item and quoted paragraph is a paragraph.
 * Code blocks, tables, images and raw HTML blocks are not article prose and are skipped.
 */
export const parseMarkdown = (text: string): ParsedDocument => {
  const { fields, body } = splitFrontMatter(text);
  const doc: ParsedDocument = { ...emptyDocument('markdown'), ...withoutUndefined(fields ?? {}) };
  readBlocks(lexer(body), doc);
  doc.sections = doc.sections.filter((s) => s.heading !== null || s.paragraphs.length > 0);
  return doc;
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
