/**
 * Whether a paragraph written without `<p>` (a `<div>` of its own, a run between
 * `<br>`s) reads as story prose: a whole sentence of some length, without links. A
 * video page's description or a post typed into a `<div>` is one; a label, a menu line
 * or an error notice ("Try the search box above.") is not. Such runs count as `<p>`
 * paragraphs when the body decides whether the page holds an article at all.
 */

/** Fewer words is a label, a button or a one-line notice, sentence or not. */
const MIN_PROSE_WORDS = 8;
/** Starts like a sentence: a capital, a digit or an opening quote (any script without case too). */
const SENTENCE_START = /^["'“‘(]?(?:\p{Lu}|\p{N}|\p{Lo})/u;
/** Ends like one: a full stop, question or exclamation mark, maybe closed by a quote. */
const SENTENCE_END = /[.!?。！？]["'”’)]?$/;
/**
 * Error and notice pages say what went wrong in a sentence of their own: not found,
 * moved, removed, access or JavaScript needed. They are no article however they are marked up.
 */
const NOTICE =
  /\b(?:404|not (?:be )?found|no longer (?:exists?|available)|(?:does ?n[o']t|did ?n[o']t) exist|(?:been|was) (?:moved|removed|deleted)|enable javascript|javascript (?:is )?(?:disabled|required)|try again|log ?in to|sign ?in to|access denied)\b/i;
const SPACES = /\s+/;

export const readsAsProse = (text: string, linkChars: number): boolean =>
  linkChars === 0 &&
  SENTENCE_START.test(text) &&
  SENTENCE_END.test(text) &&
  text.split(SPACES).length >= MIN_PROSE_WORDS &&
  !NOTICE.test(text);
