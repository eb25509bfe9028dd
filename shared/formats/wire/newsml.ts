import { activeLimits } from '../../domain/work-budget.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import {
  type DateCandidate,
  type DocumentSection,
  distinct,
  type ParsedDocument,
} from '../document.ts';
import { collectItems, documentOrNoText, tooManyItems } from '../items-list.ts';
import {
  allNamed,
  childrenNamed,
  firstNamed,
  langOf,
  parseXml,
  rawXmlText,
  textOfFirst,
  type XmlDocument,
  type XmlElement,
  xmlAttr,
  xmlText,
} from '../markup/index.ts';
import { type ReadResult, readOrMalformed } from '../read-result.ts';
import { blockSections, isoDate } from './common.ts';
import { readNitf } from './nitf.ts';

/**
 * NewsML-G2 (IPTC): a `newsItem`'s `contentMeta` (headline, subheadline, `by` or
 * `creator`, `located`, `contentCreated`, `language`, `subject` names, `keyword`s),
 * `itemMeta` (`firstCreated`, `versionCreated`, `provider`) and the body in
 * `contentSet`: `inlineXML` holding XHTML or NITF, or `inlineData` plain text. A
 * `newsMessage` with several text items gives one item per text `newsItem`, keyed by
 * its `guid`; with one, that item is the document (pictures and graphics are not read).
 */
export const readNewsml = (text: string): ReadResult => {
  const document = parseXml(text);
  const textItems = allNamed(document, 'newsitem').filter(isTextItem);
  if (textItems.length < 2) return { kind: 'document', document: newsmlDocument(document) };
  if (textItems.length > activeLimits().maxItemsPerObject)
    return tooManyItems(textItems.length, WHAT);
  const found = textItems.map((item) => ({
    key: xmlAttr(item, 'guid'),
    result: readOrMalformed(() => documentOrNoText(readNewsItem(item), 'The NewsML-G2 item')),
  }));
  return collectItems(found, WHAT);
};

const WHAT = 'The NewsML-G2 message';

/** The document of a NewsML-G2 file: its first text item (else its first item). */
export const parseNewsml = (text: string): ParsedDocument => newsmlDocument(parseXml(text));

const newsmlDocument = (document: XmlDocument): ParsedDocument => {
  const items = allNamed(document, 'newsitem');
  const item = items.find(isTextItem) ?? items[0];
  if (!item) return { ...emptyNewsml(), title: textOfFirst(document, 'headline') };
  return readNewsItem(item);
};

const readNewsItem = (item: XmlElement): ParsedDocument => {
  const meta = firstNamed(item, 'contentmeta') ?? item;
  const itemMeta = firstNamed(item, 'itemmeta') ?? item;
  const title = textOfFirst(meta, 'headline');
  const inline = bodyOf(item, title);
  const subjects = distinct(allNamed(meta, 'subject').map(nameOf));
  const tags = distinct(allNamed(meta, 'keyword').map((keyword) => xmlText(keyword)));
  return {
    format: 'newsml',
    title: title ?? inline.nitf?.title,
    subtitle: textOfFirst(meta, 'subheadline') ?? inline.nitf?.subtitle,
    authors: authorsOf(meta, inline.nitf?.authors ?? []),
    publisher: nameOf(firstNamed(itemMeta, 'provider')) ?? inline.nitf?.publisher,
    dateline:
      textOfFirst(meta, 'dateline') ?? inline.nitf?.dateline ?? nameOf(firstNamed(meta, 'located')),
    dates: [...datesOf(meta, itemMeta), ...(inline.nitf?.dates ?? [])],
    languageHint: xmlAttr(firstNamed(meta, 'language'), 'tag') ?? langOf(item),
    sections: inline.sections,
    keywords: distinct([...subjects, ...tags]),
    pageFacts: {
      categories: subjects.length > 0 ? subjects : inline.nitf?.pageFacts?.categories,
      tags: tags.length > 0 ? tags : inline.nitf?.pageFacts?.tags,
      license: rightsOf(item) ?? inline.nitf?.pageFacts?.license,
    },
  };
};

/** `rightsInfo`: its usage terms, else its copyright notice, else the holder's name. */
const rightsOf = (item: XmlElement): string | undefined => {
  const rights = firstNamed(item, 'rightsinfo');
  if (!rights) return undefined;
  const holder = nameOf(firstNamed(rights, 'copyrightholder'));
  return (
    textOfFirst(rights, 'usageterms') ??
    textOfFirst(rights, 'copyrightnotice') ??
    (holder ? `© ${holder}` : undefined)
  );
};

const emptyNewsml = (): ParsedDocument => ({
  format: 'newsml',
  authors: [],
  dates: [],
  sections: [],
  keywords: [],
});

const isTextItem = (item: XmlElement): boolean =>
  (xmlAttr(firstNamed(item, 'itemclass'), 'qcode') ?? 'text').endsWith('text');

/** An element's `<name>` child, else its own text. */
const nameOf = (element: XmlElement | undefined): string | undefined => {
  if (!element) return undefined;
  const name = childrenNamed(element, 'name')[0];
  return xmlText(name ?? element) || undefined;
};

const authorsOf = (meta: XmlElement, fromNitf: string[]): string[] => {
  const by = allNamed(meta, 'by').map((element) => xmlText(element));
  const creators = allNamed(meta, 'creator').map(nameOf);
  return distinct([...by, ...(by.length > 0 ? [] : creators), ...fromNitf]);
};

const datesOf = (meta: XmlElement, itemMeta: XmlElement): DateCandidate[] => {
  const date = (parent: XmlElement, name: string, kind: DateCandidate['kind']): DateCandidate[] => {
    const value = isoDate(textOfFirst(parent, name));
    return value ? [{ value, source: 'meta', kind }] : [];
  };
  const published = [
    ...date(meta, 'contentcreated', 'published'),
    ...date(itemMeta, 'firstcreated', 'published'),
  ];
  const versions = date(itemMeta, 'versioncreated', 'modified');
  // Without a creation date, the version's time is the best estimate of publication.
  const fallback =
    published.length > 0 ? [] : versions.map((d) => ({ ...d, kind: 'published' as const }));
  return [...published, ...fallback, ...versions, ...date(meta, 'contentmodified', 'modified')];
};

interface InlineBody {
  sections: DocumentSection[];
  nitf?: ParsedDocument;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

const bodyOf = (item: XmlElement, title: string | undefined): InlineBody => {
  const inlineXml = firstNamed(item, 'inlinexml');
  if (inlineXml) {
    const nitf = firstNamed(inlineXml, 'nitf');
    if (nitf) {
      const document = readNitf(nitf);
      return { sections: document.sections, nitf: document };
    }
    return { sections: blockSections(firstNamed(inlineXml, 'body') ?? inlineXml, title) };
  }
  const data = firstNamed(item, 'inlinedata');
  const paragraphs = data
    ? rawXmlText(data).split(PARAGRAPH_BREAK).map(collapseSpaces).filter(Boolean)
    : [];
  return { sections: paragraphs.length > 0 ? [{ heading: null, paragraphs }] : [] };
};
