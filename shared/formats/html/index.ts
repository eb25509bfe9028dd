/**
 * The HTML family: whole pages, and the HTML fragments other formats carry (feed
 * content, a JSON API's rendered body).
 * What code outside this folder uses (see ../README.md).
 */
export { extractHtmlBody } from './body.ts';
export { elementsNamed, parseHtmlDocument, textOf } from './dom.ts';
export { type FragmentType, fragmentSections, fragmentText } from './fragment.ts';
export { parseHtml } from './read-html.ts';
