import type { Section } from '../domain/record.ts';
import type { DocumentSection } from '../formats/document.ts';

/**
 * The article's text fields. `body` is the article as a reader sees it: each section's
 * sub-heading, then its paragraphs, joined by blank lines (what Readability's text and
 * the usual gold standards hold too). `paragraphs` leaves the headings out, for the
 * lede, summary and annotations; `sections` keeps the structure. `lede` is the first
 * paragraph.
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
    .map((section) => ({
      heading: section.heading,
      paragraphs: section.paragraphs.filter((p) => p !== ''),
    }))
    .filter((section) => section.paragraphs.length > 0);
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  return {
    sections,
    paragraphs,
    body: sections
      .flatMap((section) => (section.heading ? [section.heading] : []).concat(section.paragraphs))
      .join(PARAGRAPH_SEPARATOR),
    lede: paragraphs[0] ?? '',
  };
};
