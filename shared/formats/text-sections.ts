import type { DocumentSection } from './document.ts';
import { isShortLine, PROSE_END, type TextUnit } from './text-blocks.ts';

/** Sub-headings are shorter than headlines: a few words naming what follows. */
const MAX_SUBHEADING_WORDS = 12;
const MAX_SUBHEADING_CHARS = 100;

const isSubheading = (unit: TextUnit | undefined): boolean =>
  unit?.singleLine === true &&
  isShortLine(unit.text, MAX_SUBHEADING_WORDS, MAX_SUBHEADING_CHARS, PROSE_END);

/** Units -> sections: a bare sub-heading starts a section when a paragraph follows it. */
export const groupSections = (units: readonly TextUnit[]): DocumentSection[] => {
  const sections: DocumentSection[] = [{ heading: null, paragraphs: [] }];
  units.forEach((unit, i) => {
    if (unit.text === '') return;
    const next = units[i + 1];
    if (isSubheading(unit) && next && !isSubheading(next)) {
      sections.push({ heading: unit.text, paragraphs: [] });
    } else {
      sections.at(-1)?.paragraphs.push(unit.text);
    }
  });
  realignHeadings(sections);
  return sections.filter((section) => section.heading !== null || section.paragraphs.length > 0);
};

/**
 * A paragraph that continues reported speech (`He added that ...`) leans on the one
 * before it, so it cannot open a section. When a sub-heading stands before such a
 * paragraph that shares no word with it, and the paragraph after does, the heading was
 * misplaced by one paragraph (common in copied and translated news): the continuation
 * goes back to the section before.
 */
const CONTINUATION =
  /^(?:He|She|They|It)(?: also)? (?:added|continued|went on|noted|explained|stressed)\b/;
const WORD = /\p{L}{4,}/gu;
/** Word stems compare on their first letters: `resuming` ~ `resumption`, `moves` ~ `movements`. */
const STEM_CHARS = 4;

const realignHeadings = (sections: DocumentSection[]): void => {
  for (let i = 1; i < sections.length; i++) {
    const section = sections[i];
    const previous = sections[i - 1];
    const [first, second] = section?.paragraphs ?? [];
    if (!section?.heading || !previous || first === undefined || second === undefined) continue;
    const topic = stems(section.heading);
    if (CONTINUATION.test(first) && !shares(first, topic) && shares(second, topic)) {
      previous.paragraphs.push(first);
      section.paragraphs.shift();
    }
  }
};

const stems = (text: string): Set<string> =>
  new Set((text.match(WORD) ?? []).map((word) => word.slice(0, STEM_CHARS).toLowerCase()));

const shares = (text: string, topic: ReadonlySet<string>): boolean =>
  (text.match(WORD) ?? []).some((word) => topic.has(word.slice(0, STEM_CHARS).toLowerCase()));
