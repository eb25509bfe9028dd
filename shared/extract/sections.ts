import type { Section } from '../domain/record.ts';
import type { DocumentSection } from '../formats/document.ts';

/**
 * The article's text fields. `body` is the paragraphs only, joined by a blank line:
 * headings live in `sections`, so the body reads as running prose and hashes, counts
 * and summaries are not skewed by them. `lede` is the first paragraph.
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
    body: paragraphs.join(PARAGRAPH_SEPARATOR),
    lede: paragraphs[0] ?? '',
  };
};
