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
  isXmlElement,
  localName,
  parseXml,
  textOfFirst,
  type XmlElement,
  type XmlParent,
  xmlAttr,
} from '../markup/index.ts';

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
  for (const paragraph of paragraphsOf(firstNamed(document, 'body') ?? document)) {
    const text = paragraphText(paragraph);
    if (text === '') continue;
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
  }
  body.sections = body.sections.filter((s) => s.paragraphs.length > 0).map(withTypedBlocksOnly);
  return body;
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

const SPACES = /\s+/g;
const NOT_STYLE_CHARS = /[\s_-]/g;

const styleOf = (paragraph: XmlElement): string =>
  (xmlAttr(firstNamed(paragraph, 'pstyle'), 'val') ?? '')
    .toLowerCase()
    .replace(NOT_STYLE_CHARS, '');

/**
 * Word writes a text box twice, for current readers (`mc:Choice`) and for old ones
 * (`mc:Fallback`): only the first copy is read.
 */
const FALLBACK = 'fallback';
/** A text box's content: its paragraphs are read as paragraphs of their own. */
const TEXT_BOX = 'txbxcontent';

/** Descendants with one of the (lower-case, as `localName` gives) `names`, in document order, not entering those named in `skip`. */
const collect = (
  root: XmlParent,
  names: Set<string>,
  skip: Set<string>,
  out: XmlElement[] = [],
) => {
  for (const child of root.children) {
    if (!isXmlElement(child)) continue;
    const name = localName(child);
    if (skip.has(name)) continue;
    if (names.has(name)) out.push(child);
    collect(child, names, skip, out);
  }
  return out;
};

/** Every paragraph, text-box paragraphs after the one that anchors them, each once. */
const paragraphsOf = (body: XmlParent): XmlElement[] =>
  collect(body, new Set(['p']), new Set([FALLBACK]));

const RUN_TEXT = new Set(['t', 'tab', 'br', 'cr']);
/** Text boxes are their own paragraphs; deleted text (`w:delText`) is not matched at all. */
const NOT_PARAGRAPH_TEXT = new Set([FALLBACK, TEXT_BOX]);

/** A paragraph's text: its runs' `w:t`, tabs and breaks as spaces. */
const paragraphText = (paragraph: XmlElement): string => {
  let text = '';
  for (const node of collect(paragraph, RUN_TEXT, NOT_PARAGRAPH_TEXT)) {
    const name = localName(node);
    text +=
      name === 't' ? node.children.map((c) => ('data' in c ? String(c.data) : '')).join('') : ' ';
  }
  return text.replace(SPACES, ' ').trim();
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
