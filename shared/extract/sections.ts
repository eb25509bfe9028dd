import type { Block, Section } from '../domain/record.ts';
import { type DocumentSection, withTypedBlocksOnly } from '../formats/document.ts';

/**
 * The article's text fields. `body` is the article as a reader sees it: each section's
 * sub-heading, then its paragraphs, joined by blank lines (what Readability's text and
 * the usual gold standards hold too). `paragraphs` leaves the headings out, for the
 * lede, summary and annotations; `sections` keeps the structure. `lede` is the first
 * paragraph. A section's typed `blocks` are kept only when they say more than its
 * heading and paragraphs do (a list, a table, a quote, a figure, a heading's level).
 */
export interface ArticleText {
  sections: Section[];
  paragraphs: string[];
  body: string;
  lede: string;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export const assembleText = (documentSections: readonly DocumentSection[]): ArticleText => {
  const sections = documentSections
    .map(recordSection)
    .filter((section) => section.paragraphs.length > 0);
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  return { sections, paragraphs, body: bodyOf(sections), lede: ledeOf(sections) };
};

/** The body the sections make: each sub-heading, then its paragraphs, by blank lines. */
export const bodyOf = (sections: readonly Section[]): string =>
  sections
    .flatMap((section) => (section.heading ? [section.heading] : []).concat(section.paragraphs))
    .join(PARAGRAPH_SEPARATOR);

/** The lede the sections make: the first paragraph (no heading), or nothing. */
export const ledeOf = (sections: readonly Section[]): string =>
  sections.find((section) => section.paragraphs.length > 0)?.paragraphs[0] ?? '';

const recordSection = (section: DocumentSection): Section =>
  withTypedBlocksOnly({
    heading: section.heading,
    paragraphs: section.paragraphs.filter((p) => p !== ''),
    ...(section.blocks ? { blocks: section.blocks.filter(hasText) } : {}),
  });

const hasText = (block: Block): boolean => {
  switch (block.type) {
    case 'list':
      return block.items.length > 0;
    case 'table':
      return block.rows.length > 0;
    case 'figure':
      return block.caption !== '';
    default:
      return block.text !== '';
  }
};
