import { type ArticleText, PARAGRAPH_SEPARATOR } from './sections.ts';

/**
 * The part of an article the annotation passes read (entities, quotes, sources, time
 * references, derived keywords, summary): the first paragraphs up to `maxChars`
 * characters of the body, cut at a paragraph boundary, so their cost is bounded however
 * long the text. `annotatedChars` (how much of the body they cover) is set only when
 * the body was cut.
 */
export interface AnnotatedText {
  paragraphs: string[];
  /** The body's prefix the paragraphs come from. */
  body: string;
  annotatedChars?: number;
}

export const annotatedText = (text: ArticleText, maxChars: number): AnnotatedText => {
  if (text.body.length <= maxChars) return { paragraphs: text.paragraphs, body: text.body };
  const paragraphs: string[] = [];
  let offset = 0;
  let covered = 0;
  for (const { item, isHeading } of bodyItems(text)) {
    const start = offset === 0 ? 0 : offset + PARAGRAPH_SEPARATOR.length;
    const end = start + item.length;
    if (end > maxChars) {
      // A first paragraph longer than the cap is cut inside, at a space: it still gets read.
      if (paragraphs.length === 0 && !isHeading) {
        const head = item.slice(0, wordBoundary(item, maxChars - start));
        if (head !== '') paragraphs.push(head);
        covered = start + head.length;
      }
      break;
    }
    offset = end;
    if (isHeading) continue;
    paragraphs.push(item);
    covered = end;
  }
  return { paragraphs, body: text.body.slice(0, covered), annotatedChars: covered };
};

/** The body's headings and paragraphs in order, as `assembleText` joins them. */
function* bodyItems(text: ArticleText): Generator<{ item: string; isHeading: boolean }> {
  for (const section of text.sections) {
    if (section.heading) yield { item: section.heading, isHeading: true };
    for (const paragraph of section.paragraphs) yield { item: paragraph, isHeading: false };
  }
}

const SPACE_BEFORE_END = /\s\S*$/;

/** The length of `text`'s longest prefix of at most `limit` characters ending before a space. */
const wordBoundary = (text: string, limit: number): number => {
  if (limit <= 0) return 0;
  const head = text.slice(0, limit);
  const space = head.search(SPACE_BEFORE_END);
  if (space > 0) return space;
  // One unbroken word: cut where the cap falls, but never inside a surrogate pair.
  const code = head.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
};
