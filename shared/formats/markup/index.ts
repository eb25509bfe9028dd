/**
 * The markup family: the one depth-guarded HTML/XML parse, and the tree helpers the
 * HTML, XML, feed, wire and DOCX readers share.
 * What code outside this folder uses (see ../README.md).
 */
export { type MarkupDocument, parseMarkup } from './parse.ts';
export { charsIn, joinCollapsed } from './text.ts';
export { findElement, findElements, gatherElements, isMarkupElement } from './walk.ts';
export {
  allNamed,
  childrenNamed,
  childrenQualified,
  firstNamed,
  innerMarkup,
  isXmlElement,
  langOf,
  localName,
  parseXml,
  rawXmlText,
  textOfFirst,
  type XmlDocument,
  type XmlElement,
  type XmlParent,
  xmlAttr,
  xmlText,
} from './xml.ts';
