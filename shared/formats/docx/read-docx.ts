import {
  addBlock,
  addListItem,
  type DateCandidate,
  type DocumentSection,
  distinct,
  openSection,
  type ParsedDocument,
  withTypedBlocksOnly,
} from '../document.ts';
import {
  firstNamed,
  parseXml,
  textOfFirst,
  type XmlElement,
  type XmlParent,
} from '../markup/index.ts';
import { bodyParts, paragraphsOf, paragraphText, styleOf } from './paragraphs.ts';
import { bodyTables } from './tables.ts';

/** The parts of a DOCX (Office Open XML) package that hold the article. */
export const DOCX_DOCUMENT = 'word/document.xml';
export const DOCX_CORE = 'docProps/core.xml';

/**
 * A Word document: paragraphs (`w:p`, their `w:t` runs) of `word/document.xml`, with the
 * `Title` / `Subtitle` paragraph styles as title and subtitle and `Heading1`-`Heading3`
 * opening sections (a `Heading1` before any text is the title when no `Title` is used);
 * title, author, dates, language and keywords from `docProps/core.xml`.
 */
export const parseDocx = (parts: Record<string, Uint8Array>): ParsedDocument => {
  const body = readBody(parseXml(utf8(parts[DOCX_DOCUMENT])));
  const core = parseXml(utf8(parts[DOCX_CORE]));
  const keywords = distinct(
    (textOfFirst(core, 'keywords') ?? '').split(KEYWORD_SEPARATOR).map((k) => k.trim()),
  );
  // Core properties' `cp:category`: the document's category, as Word's Properties show it.
  const category = textOfFirst(core, 'category');
  return {
    format: 'docx',
    title: body.title ?? textOfFirst(core, 'title'),
    subtitle: body.subtitle ?? textOfFirst(core, 'description'),
    authors: distinct([textOfFirst(core, 'creator')]),
    dates: coreDates(core),
    languageHint: textOfFirst(core, 'language'),
    sections: body.sections,
    keywords,
    pageFacts: { tags: keywords, section: category, categories: distinct([category]) },
  };
};

const KEYWORD_SEPARATOR = /[,;]/;
const decoder = new TextDecoder('utf-8');
const utf8 = (bytes: Uint8Array | undefined): string => (bytes ? decoder.decode(bytes) : '');

interface DocxBody {
  title?: string;
  subtitle?: string;
  sections: DocumentSection[];
}

/** Style ids (or names, lower-cased, spaces dropped) of headings that open sections. */
const HEADING_STYLE = /^(?:heading|überschrift)[1-3]$/;

const readBody = (document: XmlParent): DocxBody => {
  const body: DocxBody = { sections: [openSection(null)] };
  const parts = bodyParts(firstNamed(document, 'body') ?? document);
  const { tables, captions } = bodyTables(parts);
  parts.forEach((part, at) => {
    if (part.kind === 'paragraph') {
      // A table's caption is read with its table.
      if (!captions.has(at)) readParagraph(part.element, body);
      return;
    }
    const table = tables.get(at);
    if (table !== undefined) addBlock(body.sections.at(-1) as DocumentSection, table);
    else for (const paragraph of paragraphsOf(part.element)) readParagraph(paragraph, body);
  });
  body.sections = body.sections.filter((s) => s.paragraphs.length > 0).map(withTypedBlocksOnly);
  return body;
};

/** One paragraph by its style: the title, a subtitle, a heading, a list item or text. */
const readParagraph = (paragraph: XmlElement, body: DocxBody): void => {
  const text = paragraphText(paragraph);
  if (text === '') return;
  const style = styleOf(paragraph);
  const section = body.sections.at(-1) as DocumentSection;
  const listKind = listKindOf(paragraph, style);
  const nothingYet = body.sections.every((s) => s.paragraphs.length === 0 && s.heading === null);
  if (style === 'title' && body.title === undefined) body.title = text;
  else if (style === 'subtitle' && body.subtitle === undefined) body.subtitle = text;
  else if (style === 'heading1' && nothingYet && body.title === undefined) body.title = text;
  else if (HEADING_STYLE.test(style)) body.sections.push(openSection(text, headingLevel(style)));
  else if (listKind !== undefined) addListItem(section, text, listKind === 'numbered');
  else addBlock(section, { type: 'paragraph', text });
};

/** `heading2` -> 2: Word's heading levels are Markdown's. */
const headingLevel = (style: string): number => Number(style.slice(-1));

/**
 * A list paragraph: Word marks each with numbering properties (`w:numPr`) or a list
 * style (`ListBullet`, `ListNumber`, `ListParagraph`). Whether it shows numbers is in
 * `numbering.xml`; only a `...Number` style says so here.
 */
const listKindOf = (paragraph: XmlElement, style: string): 'bulleted' | 'numbered' | undefined => {
  if (style.startsWith('listnumber')) return 'numbered';
  if (style.startsWith('list') || firstNamed(paragraph, 'numpr') !== undefined) return 'bulleted';
  return undefined;
};

/**
 * core.xml's dates say when the file was made and saved, often the day it was converted
 * or exported: the file's facts, ranked after any date the text itself states.
 */
const coreDates = (core: XmlParent): DateCandidate[] => {
  const created = textOfFirst(core, 'created');
  const modified = textOfFirst(core, 'modified');
  return [
    ...(created
      ? [{ value: created, source: 'file-info' as const, kind: 'published' as const }]
      : []),
    ...(modified
      ? [{ value: modified, source: 'file-info' as const, kind: 'modified' as const }]
      : []),
  ];
};
