import { DomUtils } from 'htmlparser2';
import { spendWork } from '../../domain/work-budget.ts';
import { type MarkupDocument, parseMarkup } from './parse.ts';
import { charsIn, joinCollapsed } from './text.ts';
import { findElement, findElements } from './walk.ts';

/**
 * The small XML toolkit of the wire-format readers (NITF, NewsML-G2, DOCX parts), on
 * htmlparser2 in XML mode. Elements are matched by their local name, lower-cased, so
 * namespace prefixes (`nar:headline`, `w:t`) and case slips do not matter.
 */
export type XmlDocument = MarkupDocument;
type XmlNode = XmlDocument['children'][number];
export type XmlElement = Extract<XmlNode, { attribs: unknown }>;
export type XmlParent = XmlDocument | XmlElement;

/**
 * Parses XML; throws `TooDeepError` as soon as elements nest deeper than
 * `maxNestingDepth` (wire files stay under about 20 levels). Nothing closes implicitly
 * in XML, so an unclosed `<p>` repeated nests one level each time.
 */
export const parseXml = (xml: string): XmlDocument => parseMarkup(xml, { xmlMode: true });

const ELEMENT_TYPES = new Set(['tag', 'script', 'style']);

export const isXmlElement = (node: XmlNode): node is XmlElement =>
  ELEMENT_TYPES.has(node.type) && 'name' in node;

/** An element's name without its namespace prefix, lower-cased. */
export const localName = (element: XmlElement): string => {
  const name = element.name;
  return name.slice(name.indexOf(':') + 1).toLowerCase();
};

/** All descendants of `root` with one of the local names, in document order. */
export const allNamed = (root: XmlParent, ...names: string[]): XmlElement[] =>
  findElements((element) => names.includes(localName(element)), root.children, 'xml-search');

export const firstNamed = (root: XmlParent, ...names: string[]): XmlElement | undefined =>
  findElement((element) => names.includes(localName(element)), root.children, 'xml-search');

/** Direct children of `parent` with one of the local names. */
export const childrenNamed = (parent: XmlElement, ...names: string[]): XmlElement[] =>
  parent.children.filter(
    (child): child is XmlElement => isXmlElement(child) && names.includes(localName(child)),
  );

/**
 * All text under a node as written (line breaks kept), CDATA included, comments not.
 * Charged to the work budget by nodes visited plus characters produced: asked of every
 * level of nested elements, text is amplified (each level repeats its descendants'),
 * and that must run out of budget.
 */
export const rawXmlText = (node: XmlParent | XmlNode): string => {
  const parts: string[] = [];
  const visited = appendXmlText(node, parts);
  spendWork(visited + charsIn(parts), 'xml-text');
  return parts.join('');
};

/** Appends the text under `node` to `parts`; returns the number of nodes visited. */
const appendXmlText = (node: XmlParent | XmlNode, parts: string[]): number => {
  if (node.type === 'text') {
    if ('data' in node) parts.push(node.data);
    return 1;
  }
  if (node.type === 'comment' || !('children' in node)) return 1;
  let visited = 1;
  for (const child of node.children) visited += appendXmlText(child, parts);
  return visited;
};

/** All text under a node, on one line. */
export const xmlText = (node: XmlParent | XmlNode | undefined): string => {
  if (node === undefined) return '';
  const parts: string[] = [];
  const visited = appendXmlText(node, parts);
  spendWork(visited + 2 * charsIn(parts), 'xml-text'); // gathered, then collapsed
  return joinCollapsed(parts);
};

/** The text of the first element named so, or undefined when absent or blank. */
export const textOfFirst = (root: XmlParent, ...names: string[]): string | undefined =>
  xmlText(firstNamed(root, ...names)) || undefined;

/** An attribute by local name (prefix ignored), trimmed, or undefined when blank. */
export const xmlAttr = (element: XmlElement | undefined, name: string): string | undefined => {
  if (!element) return undefined;
  for (const [key, value] of Object.entries(element.attribs)) {
    if (key.slice(key.indexOf(':') + 1).toLowerCase() === name) return value.trim() || undefined;
  }
  return undefined;
};

/**
 * Direct children of `parent` with one of the qualified names as written (`title`,
 * `dc:creator`), lower-cased: for vocabularies where the prefix tells elements apart, as
 * in feeds, where an item's `title` is not its `media:title`.
 */
export const childrenQualified = (parent: XmlElement, ...names: string[]): XmlElement[] =>
  parent.children.filter(
    (child): child is XmlElement => isXmlElement(child) && names.includes(child.name.toLowerCase()),
  );

/**
 * What an element holds as a string to read as HTML or text: its child markup when it
 * has child elements (unescaped XHTML), else its text with entities and CDATA decoded
 * (escaped HTML comes out as markup).
 */
export const innerMarkup = (element: XmlElement): string => {
  if (!element.children.some(isXmlElement)) return rawXmlText(element);
  const markup = DomUtils.getInnerHTML(element);
  spendWork(markup.length, 'xml-markup');
  return markup;
};

/** The `xml:lang` (or `lang`) attribute of an element. */
export const langOf = (element: XmlElement | undefined): string | undefined =>
  element?.attribs['xml:lang']?.trim() || element?.attribs.lang?.trim() || undefined;
