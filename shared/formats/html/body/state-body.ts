import { spendWork } from '../../../domain/work-budget.ts';
import { collapseSpaces } from '../../../text/whitespace.ts';
import type { DocumentSection } from '../../document.ts';
import { fragmentSections } from '../fragment.ts';
import { richTextParagraphs } from './rich-text.ts';

/**
 * The article body held in an app's state (see `state-blobs.ts`) when the HTML shell holds
 * none: a field named like a body (`body`, `articleBody`, `content`, Apollo's
 * `body({...})`) whose value is HTML, plain text or a rich-text tree, long enough and in
 * paragraphs. Of several (a state also caches related stories), the one whose sibling
 * headline the page's `<title>` repeats, else the first.
 */

/** Keys a state stores an article's body under; Apollo appends the query's arguments. */
const BODY_KEY =
  /^(?:article_?body|body|body_?html|body_?text|content|content_?html|html|story_?body|full_?text|text)$/i;
const ARGUMENTS = /\(.*$/s;
const TITLE_KEYS = ['headline', 'title', 'name'];

/** Shorter than this is a teaser, a description or a label, not the story. */
const MIN_BODY_CHARS = 500;
/** One long string is a description or a field dump; a story comes in paragraphs. */
const MIN_PARAGRAPHS = 2;
/** Values visited per page: a store of a few thousand objects is read whole. */
const MAX_VISITS = 200_000;
/** Nesting followed; deeper is a rich-text tree's inside, read by `rich-text.ts`. */
const MAX_DEPTH = 48;
/** Body fields rendered per page before the first that qualifies is taken. */
const MAX_CANDIDATES = 30;

interface Candidate {
  value: unknown;
  /** The object holding the field: its headline tells the page's story from cached ones. */
  holder: Record<string, unknown>;
}

export const stateBodySections = (
  blobs: readonly unknown[],
  pageTitle: string,
): DocumentSection[] => {
  const qualified = bodyFields(blobs)
    .map((candidate) => ({ candidate, sections: sectionsOf(candidate.value) }))
    .filter(({ sections }) => isStory(sections));
  const title = collapseSpaces(pageTitle).toLowerCase();
  const named = qualified.find(({ candidate }) => headlineIn(candidate.holder, title));
  return (named ?? qualified[0])?.sections ?? [];
};

/** Body-named fields in document order (depth first), up to MAX_CANDIDATES. */
const bodyFields = (blobs: readonly unknown[]): Candidate[] => {
  const found: Candidate[] = [];
  const stack: Array<{ value: unknown; depth: number }> = [...blobs]
    .reverse()
    .map((value) => ({ value, depth: 0 }));
  let visits = 0;
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    visits += 1;
    if (visits > MAX_VISITS || found.length >= MAX_CANDIDATES) break;
    const { value, depth } = entry;
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) continue;
    const entries = Array.isArray(value)
      ? value.map((item) => ['', item] as const)
      : Object.entries(value);
    const children: Array<{ value: unknown; depth: number }> = [];
    for (const [key, child] of entries) {
      if (key !== '' && BODY_KEY.test(key.replace(ARGUMENTS, ''))) {
        found.push({ value: child, holder: value as Record<string, unknown> });
      }
      // Read on inside it too: `content` often wraps the article object, body and all.
      children.push({ value: child, depth: depth + 1 });
    }
    stack.push(...children.reverse());
  }
  spendWork(visits, 'html-state-body');
  return found;
};

const sectionsOf = (value: unknown): DocumentSection[] => {
  if (typeof value === 'string')
    return value.length >= MIN_BODY_CHARS ? fragmentSections(value) : [];
  if (value === null || typeof value !== 'object') return [];
  const paragraphs = richTextParagraphs(value);
  return paragraphs.length > 0 ? [{ heading: null, paragraphs }] : [];
};

const isStory = (sections: readonly DocumentSection[]): boolean => {
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  const chars = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  return paragraphs.length >= MIN_PARAGRAPHS && chars >= MIN_BODY_CHARS;
};

const headlineIn = (holder: Record<string, unknown>, title: string): boolean =>
  title !== '' &&
  TITLE_KEYS.some((key) => {
    const headline = holder[key];
    return (
      typeof headline === 'string' &&
      headline.trim() !== '' &&
      title.includes(collapseSpaces(headline).toLowerCase())
    );
  });
