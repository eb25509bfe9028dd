import type { DocumentSection } from '../../document.ts';

/**
 * Company boilerplate that closes press releases and corporate posts: a sub-heading
 * (or a paragraph standing alone as one) `About Acme Corp` in the second half of the
 * text, followed by the company's standard description, then often more of the same
 * ("About Beta Inc", "Media contact", "Forward-looking statements"). The story has ended
 * where it starts, so it is cut there with everything after it.
 */

/**
 * `About` and a name: `About Acme`, `About Us`, `About The Example Group`. A sentence or
 * a lower-case phrase (`About the study`, `About time.`) is not a company's name.
 */
const ABOUT_COMPANY =
  /^About (?:[Uu]s|(?:The )?[\p{Lu}\p{N}][\p{L}\p{N}&.,'’-]*(?: [\p{Lu}\p{N}&][\p{L}\p{N}&.,'’-]*){0,5})$/u;
/** Only the second half of the text can be closing boilerplate. */
const MIN_SHARE_BEFORE = 0.5;

/** The sections with closing company boilerplate cut off. */
export const withoutClosingBoilerplate = (sections: DocumentSection[]): DocumentSection[] => {
  const total = sections.reduce((sum, section) => sum + sectionChars(section), 0);
  let before = 0;
  for (const [at, section] of sections.entries()) {
    if (section.heading !== null && isAboutCompany(section.heading, before, total)) {
      return sections.slice(0, at);
    }
    for (const [index, paragraph] of section.paragraphs.entries()) {
      if (isAboutCompany(paragraph, before, total) && index < section.paragraphs.length - 1) {
        return [...sections.slice(0, at), truncated(section, paragraph, index)];
      }
      before += paragraph.length;
    }
  }
  return sections;
};

const isAboutCompany = (text: string, before: number, total: number): boolean =>
  before >= total * MIN_SHARE_BEFORE && ABOUT_COMPANY.test(text);

const sectionChars = (section: DocumentSection): number =>
  section.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);

/** A section cut before its `index`-th paragraph (and its blocks before that text's block). */
const truncated = (section: DocumentSection, paragraph: string, index: number): DocumentSection => {
  const cut = section.blocks?.findIndex(
    (block) => block.type === 'paragraph' && block.text === paragraph,
  );
  return {
    heading: section.heading,
    paragraphs: section.paragraphs.slice(0, index),
    ...(section.blocks
      ? { blocks: cut === undefined || cut < 0 ? section.blocks : section.blocks.slice(0, cut) }
      : {}),
  };
};
