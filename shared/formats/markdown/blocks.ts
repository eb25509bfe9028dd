import { decodeHTML } from 'entities';
import type { Token, Tokens } from 'marked';
import { collapseSpaces } from '../../text/whitespace.ts';
import {
  addBlock,
  type DocumentSection,
  openSection,
  type ParsedDocument,
  QUOTE_PARAGRAPH_SEPARATOR,
} from '../document.ts';

/**
 * marked's block tokens -> the document's sections and typed blocks: headings open
 * sections, paragraphs, lists, block quotes and GFM tables become blocks.
 */

export const readBlocks = (tokens: readonly Token[], doc: ParsedDocument): void => {
  for (const token of tokens) {
    if (token.type === 'heading') readHeading(token as Tokens.Heading, doc);
    else if (token.type === 'paragraph') addText(inlineText(token.tokens), doc);
    else if (token.type === 'blockquote') addQuote(token as Tokens.Blockquote, doc);
    else if (token.type === 'list') addList(token as Tokens.List, doc);
    else if (token.type === 'table') addTable(token as Tokens.Table, doc);
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
  doc.sections.push(openSection(heading, token.depth));
};

const addText = (text: string, doc: ParsedDocument): void => {
  if (text !== '') addBlock(currentSection(doc), { type: 'paragraph', text });
};

const addList = (list: Tokens.List, doc: ParsedDocument): void => {
  const items = textsOf(list.items.flatMap((item) => item.tokens));
  if (items.length > 0)
    addBlock(currentSection(doc), { type: 'list', ordered: list.ordered, items });
};

const addQuote = (quote: Tokens.Blockquote, doc: ParsedDocument): void => {
  const paragraphs = textsOf(quote.tokens);
  if (paragraphs.length === 0) return;
  addBlock(currentSection(doc), {
    type: 'quote',
    text: paragraphs.join(QUOTE_PARAGRAPH_SEPARATOR),
  });
};

/** A GFM table; a header row of empty cells states no header. */
const addTable = (table: Tokens.Table, doc: ParsedDocument): void => {
  const header = table.header.map((cell) => inlineText(cell.tokens));
  const body = table.rows.map((row) => row.map((cell) => inlineText(cell.tokens)));
  const named = header.some((cell) => cell !== '');
  const rows = (named ? [header, ...body] : body).filter((row) => row.some(Boolean));
  if (rows.length === 0) return;
  addBlock(
    currentSection(doc),
    named ? { type: 'table', rows, header: true } : { type: 'table', rows },
  );
};

/**
 * The paragraphs of blocks nested in a list item or a quote, nested lists and quotes
 * flattened into them: list items and quoted paragraphs stay plain strings. The lexer
 * nests no deeper than `checkNesting` allows.
 */
const textsOf = (tokens: readonly Token[]): string[] => {
  const texts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'paragraph' || token.type === 'heading') {
      const text = inlineText('tokens' in token ? token.tokens : undefined);
      if (text !== '') texts.push(text);
    } else if (token.type === 'list') {
      texts.push(...textsOf((token as Tokens.List).items.flatMap((item) => item.tokens)));
    } else if (token.type === 'blockquote') {
      texts.push(...textsOf((token as Tokens.Blockquote).tokens));
    }
  }
  return texts;
};

const currentSection = (doc: ParsedDocument): DocumentSection => {
  let section = doc.sections.at(-1);
  if (!section) {
    section = openSection(null);
    doc.sections.push(section);
  }
  return section;
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
