/**
 * The Markdown family: front matter and a CommonMark body.
 * What code outside this folder uses (see ../README.md).
 */
export { parseMarkdown } from './read-markdown.ts';
