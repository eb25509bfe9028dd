import type { DocumentSection } from '../document.ts';
import { topCandidate } from './body/candidates.ts';
import { withoutClosingBoilerplate } from './body/closing-boilerplate.ts';
import { type Emitted, emitSections } from './body/emit.ts';
import { measureTree } from './body/node-stats.ts';
import { withChunks, withSiblings } from './body/siblings.ts';
import { stateBlobs } from './body/state-blobs.ts';
import { stateBodySections } from './body/state-body.ts';
import { type HtmlDocument, type HtmlElement, isElement } from './dom.ts';
import { pageTitle } from './meta.ts';

/**
 * The article body of an HTML page: the paragraphs, lists, tables and section headings
 * of the element that holds the story (see `html-body/candidates.ts`), with navigation,
 * share widgets, related links, comments, captions (kept as figure blocks) and closing
 * company boilerplate left out.
 */
export const extractHtmlBody = (document: HtmlDocument): DocumentSection[] =>
  withoutClosingBoilerplate(storySections(document));

const storySections = (document: HtmlDocument): DocumentSection[] => {
  const strict = attempt(document, true);
  if (strict.chars >= MIN_ARTICLE_CHARS) return strict.sections;
  const lenient = attempt(document, false);
  const best = lenient.chars > strict.chars ? lenient : strict;
  if (isArticle(best)) return best.sections;
  // An app shell whose story is only in its script state (Next.js, Apollo): read as data.
  const fromState = stateBodySections(stateBlobs(document), pageTitle(document) ?? '');
  if (fromState.length > 0) return fromState;
  // Trafilatura's last resort: the page's own text outside furniture tags, so a page
  // whose story is too thin to score (an image post, a video page) still has a body.
  const whole = emitSections(document.children.filter(isElement), lenient.stats);
  return isArticle(whole) ? whole.sections : [];
};

const isArticle = (emitted: Emitted): boolean =>
  emitted.fromParagraphs > 0 || emitted.chars >= MIN_UNMARKED_CHARS;

/**
 * Readability's threshold: a story shorter than this after trusting class names may
 * have been cut by them, so the page is read again without.
 */
const MIN_ARTICLE_CHARS = 500;
/** With no `<p>` at all, shorter text is a label or an error message, not an article. */
const MIN_UNMARKED_CHARS = 80;

const attempt = (document: HtmlDocument, useMarks: boolean) => {
  const stats = measureTree(document, { useMarks });
  // Readability's retry also stops weighing class names: they were what cut the story.
  const top = topCandidate(document, stats, useMarks);
  const roots: HtmlElement[] =
    top === undefined
      ? document.children.filter(isElement)
      : withChunks(
          top.core,
          withSiblings(top.element, top.score, stats, top.scoreOf),
          stats,
          top.scoreOf,
        );
  return { ...emitSections(roots, stats), stats };
};
