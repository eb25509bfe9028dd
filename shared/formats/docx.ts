import type { DateCandidate, DocumentSection, ParsedDocument } from './document.ts';
import { distinct } from './wire-common.ts';
import {
  allNamed,
  firstNamed,
  localName,
  parseXml,
  textOfFirst,
  type XmlElement,
  type XmlParent,
  xmlAttr,
} from './xml.ts';

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
  return {
    format: 'docx',
    title: body.title ?? textOfFirst(core, 'title'),
    subtitle: body.subtitle ?? textOfFirst(core, 'description'),
    authors: distinct([textOfFirst(core, 'creator')]),
    dates: coreDates(core),
    languageHint: textOfFirst(core, 'language'),
    sections: body.sections,
    keywords: distinct(
      (textOfFirst(core, 'keywords') ?? '').split(KEYWORD_SEPARATOR).map((k) => k.trim()),
    ),
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
  const body: DocxBody = { sections: [{ heading: null, paragraphs: [] }] };
  for (const paragraph of allNamed(firstNamed(document, 'body') ?? document, 'p')) {
    const text = paragraphText(paragraph);
    if (text === '') continue;
    const style = styleOf(paragraph);
    const nothingYet = body.sections.every((s) => s.paragraphs.length === 0 && s.heading === null);
    if (style === 'title' && body.title === undefined) body.title = text;
    else if (style === 'subtitle' && body.subtitle === undefined) body.subtitle = text;
    else if (style === 'heading1' && nothingYet && body.title === undefined) body.title = text;
    else if (HEADING_STYLE.test(style)) body.sections.push({ heading: text, paragraphs: [] });
    else body.sections.at(-1)?.paragraphs.push(text);
  }
  body.sections = body.sections.filter((s) => s.paragraphs.length > 0);
  return body;
};

const SPACES = /\s+/g;
const NOT_STYLE_CHARS = /[\s_-]/g;

const styleOf = (paragraph: XmlElement): string =>
  (xmlAttr(firstNamed(paragraph, 'pstyle'), 'val') ?? '')
    .toLowerCase()
    .replace(NOT_STYLE_CHARS, '');

/** A paragraph's text: its runs' `w:t`, tabs and breaks as spaces (`w:delText` is deleted text). */
const paragraphText = (paragraph: XmlElement): string => {
  let text = '';
  for (const node of allNamed(paragraph, 't', 'tab', 'br', 'cr')) {
    const name = localName(node);
    text +=
      name === 't' ? node.children.map((c) => ('data' in c ? String(c.data) : '')).join('') : ' ';
  }
  return text.replace(SPACES, ' ').trim();
};

const coreDates = (core: XmlParent): DateCandidate[] => {
  const created = textOfFirst(core, 'created');
  const modified = textOfFirst(core, 'modified');
  return [
    ...(created ? [{ value: created, source: 'meta' as const, kind: 'published' as const }] : []),
    ...(modified ? [{ value: modified, source: 'meta' as const, kind: 'modified' as const }] : []),
  ];
};
