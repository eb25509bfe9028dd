import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseSpaces } from './decode.ts';
import { MalformedInputError } from './malformed.ts';

/**
 * The small XML toolkit of the wire-format readers (NITF, NewsML-G2, DOCX parts), on
 * htmlparser2 in XML mode. Elements are matched by their local name, lower-cased, so
 * namespace prefixes (`nar:headline`, `w:t`) and case slips do not matter.
 */
export type XmlDocument = ReturnType<typeof parseDocument>;
export type XmlElement = ReturnType<typeof DomUtils.findAll>[number];
type XmlNode = XmlDocument['children'][number];
export type XmlParent = XmlDocument | XmlElement;

/** Deepest element nesting read (as for HTML): wire files stay under about 20 levels. */
const MAX_XML_DEPTH = 400;

/** Parses XML; throws `MalformedInputError` when elements nest deeper than the limit. */
export const parseXml = (xml: string): XmlDocument => {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const depth = maxDepth(document);
  if (depth > MAX_XML_DEPTH) {
    throw new MalformedInputError(
      `The XML nests elements ${depth} levels deep; the limit is ${MAX_XML_DEPTH}.`,
    );
  }
  return document;
};

const maxDepth = (document: XmlDocument): number => {
  let deepest = 0;
  const stack: Array<{ node: XmlNode; depth: number }> = document.children.map((node) => ({
    node,
    depth: 1,
  }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    deepest = Math.max(deepest, item.depth);
    if (isXmlElement(item.node)) {
      for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1 });
    }
  }
  return deepest;
};

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
  DomUtils.findAll((element) => names.includes(localName(element)), root.children);

export const firstNamed = (root: XmlParent, ...names: string[]): XmlElement | undefined =>
  DomUtils.findOne((element) => names.includes(localName(element)), root.children) ?? undefined;

/** Direct children of `parent` with one of the local names. */
export const childrenNamed = (parent: XmlElement, ...names: string[]): XmlElement[] =>
  parent.children.filter(
    (child): child is XmlElement => isXmlElement(child) && names.includes(localName(child)),
  );

/** All text under a node as written (line breaks kept). */
export const rawXmlText = (node: XmlParent): string => DomUtils.textContent(node);

/** All text under a node, on one line. */
export const xmlText = (node: XmlParent | undefined): string =>
  node === undefined ? '' : collapseSpaces(DomUtils.textContent(node));

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
export const innerMarkup = (element: XmlElement): string =>
  element.children.some(isXmlElement)
    ? DomUtils.getInnerHTML(element)
    : DomUtils.textContent(element);
