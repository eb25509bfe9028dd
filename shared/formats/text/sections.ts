import {
  addBlock,
  addListItem,
  type DocumentSection,
  openSection,
  withTypedBlocksOnly,
} from '../document.ts';
import { isShortLine, PROSE_END, type TextUnit } from './blocks.ts';

/** Sub-headings are shorter than headlines: a few words naming what follows. */
const MAX_SUBHEADING_WORDS = 12;
const MAX_SUBHEADING_CHARS = 100;

const isSubheading = (unit: TextUnit | undefined): boolean =>
  unit?.singleLine === true &&
  isShortLine(unit.text, MAX_SUBHEADING_WORDS, MAX_SUBHEADING_CHARS, PROSE_END);

/**
 * Units -> sections: a bare sub-heading starts a section when a paragraph follows it;
 * a block of bullet or numbered lines is a list.
 */
export const groupSections = (units: readonly TextUnit[]): DocumentSection[] => {
  const sections: DocumentSection[] = [openSection(null)];
  units.forEach((unit, i) => {
    if (unit.text === '') return;
    const section = sections.at(-1) as DocumentSection;
    const next = units[i + 1];
    if (unit.list !== undefined) {
      addListItem(section, unit.text, unit.list === 'numbered');
      return;
    }
    if (isSubheading(unit) && next && !isSubheading(next)) {
      sections.push(openSection(unit.text));
    } else {
      addBlock(section, { type: 'paragraph', text: unit.text });
    }
  });
  return sections
    .filter((section) => section.heading !== null || section.paragraphs.length > 0)
    .map(withTypedBlocksOnly);
};
