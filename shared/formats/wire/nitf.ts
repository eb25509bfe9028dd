import { type DateCandidate, distinct, type ParsedDocument } from '../document.ts';
import {
  allNamed,
  childrenNamed,
  firstNamed,
  langOf,
  parseXml,
  textOfFirst,
  type XmlElement,
  type XmlParent,
  xmlAttr,
  xmlText,
} from '../markup/index.ts';
import { blockSections, isoDate } from './common.ts';

/**
 * NITF (IPTC's News Industry Text Format): the headline in `hedline/hl1` (`hl2` the
 * subtitle), `byline` (without its `byttl` job title), `dateline`, the dates'
 * `norm` attributes in `docdata` (`date.issue` published, `date.release`, `date.expire`
 * ignored), subjects from `tobject.subject` and `key-list`, paragraphs from
 * `body.content`.
 */
export const parseNitf = (text: string): ParsedDocument => {
  const document = parseXml(text);
  return readNitf(firstNamed(document, 'nitf') ?? document);
};

/** An NITF tree (also the inline body of a NewsML-G2 item). */
export const readNitf = (root: XmlParent): ParsedDocument => {
  const hedline = firstNamed(root, 'hedline');
  const title = (hedline && textOfFirst(hedline, 'hl1')) ?? textOfFirst(root, 'title');
  const content = firstNamed(root, 'body.content');
  return {
    format: 'nitf',
    title,
    subtitle: hedline ? textOfFirst(hedline, 'hl2') : undefined,
    authors: allNamed(root, 'byline').flatMap(bylineNames),
    publisher: publisherOf(root),
    dateline: textOfFirst(root, 'dateline'),
    dates: datesOf(root),
    languageHint: langOf(root as XmlElement) ?? langOf(firstNamed(root, 'body')),
    sections: content ? blockSections(content, title) : [],
    keywords: keywordsOf(root),
    pageFacts: {
      categories: subjectsOf(root),
      tags: keyListOf(root),
      license: copyrightOf(root),
    },
  };
};

/** `doc.copyright`'s year and holder as the usual notice (`© 2025 Example Wire`). */
const copyrightOf = (root: XmlParent): string | undefined => {
  const copyright = firstNamed(root, 'doc.copyright');
  const holder = xmlAttr(copyright, 'holder');
  if (!holder) return undefined;
  const year = xmlAttr(copyright, 'year');
  return `© ${year ? `${year} ` : ''}${holder}`;
};

/** A byline's `<person>`s, else its text without the job title (`byttl`). */
const bylineNames = (byline: XmlElement): string[] => {
  const people = allNamed(byline, 'person').map(xmlText).filter(Boolean);
  if (people.length > 0) return people;
  const text = byline.children
    .filter((child) => !('name' in child && String(child.name).toLowerCase() === 'byttl'))
    .map((child) => xmlText(child as XmlElement))
    .join(' ')
    .trim()
    .replace(TRAILING_COMMA, '');
  return text ? [text] : [];
};

const TRAILING_COMMA = /[\s,]+$/;

const publisherOf = (root: XmlParent): string | undefined =>
  xmlAttr(firstNamed(root, 'pubdata'), 'name') ??
  textOfFirst(root, 'distributor') ??
  xmlAttr(firstNamed(root, 'doc.copyright'), 'holder');

const datesOf = (root: XmlParent): DateCandidate[] => {
  const found: DateCandidate[] = [];
  const add = (name: string, kind: DateCandidate['kind']): void => {
    for (const element of allNamed(root, name)) {
      const value = isoDate(xmlAttr(element, 'norm') ?? (xmlText(element) || undefined));
      if (value) found.push({ value, source: 'meta', kind });
    }
  };
  add('date.issue', 'published');
  add('date.release', 'published');
  add('story.date', 'published');
  return found;
};

const keywordsOf = (root: XmlParent): string[] =>
  distinct([...subjectsOf(root), ...keyListOf(root)]);

/** Subject codes' names: the categories the story is filed under. */
const subjectsOf = (root: XmlParent): string[] =>
  distinct(
    allNamed(root, 'tobject.subject').map(
      (subject) =>
        xmlAttr(subject, 'tobject.subject.detail') ??
        xmlAttr(subject, 'tobject.subject.matter') ??
        xmlAttr(subject, 'tobject.subject.type'),
    ),
  );

/** The `key-list` keywords: the story's tags. */
const keyListOf = (root: XmlParent): string[] =>
  distinct(
    allNamed(root, 'key-list').flatMap((list) =>
      childrenNamed(list, 'keyword').map((keyword) => xmlAttr(keyword, 'key')),
    ),
  );
