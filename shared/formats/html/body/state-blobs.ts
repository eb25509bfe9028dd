import { spendWork } from '../../../domain/work-budget.ts';
import { elementsNamed, type HtmlDocument, type HtmlElement } from '../dom.ts';

/**
 * The JSON a page's scripts hand to its client-side app: a data script (`<script
 * type="application/json">`, as Next.js `__NEXT_DATA__` and Nuxt write it; JSON-LD) or an
 * assignment of a literal (`window.__APOLLO_STATE__ = {...};`). Read as data with
 * `JSON.parse`, never run: a script that is not one JSON literal after its `=` is skipped.
 */

/** Scripts read per page: the state is one or two of them, the rest is code and ads. */
const MAX_SCRIPTS = 200;
/** A larger blob is a whole app's store; parsing it would cost more than the page. */
const MAX_BLOB_CHARS = 4_000_000;
/** A smaller blob cannot hold an article body. */
const MIN_BLOB_CHARS = 500;

const DATA_TYPES = /^\s*application\/(?:[\w.+-]*\+)?json\s*$/i;
const CODE_TYPES = /^\s*(?:text\/javascript|application\/javascript|module)?\s*$/i;
/** `window.X =`, `var X =`, `self.__X__ =`, `window["X"] =`: one name, then a literal. */
const ASSIGNMENT =
  /^\s*(?:(?:var|let|const)\s+)?[\w$]+(?:\.[\w$]+|\[\s*["'][\w$.-]+["']\s*\])*\s*=\s*(?=[{[])/;
const TRAILING_SEMICOLON = /;\s*$/;

/** The parsed JSON values of the page's data and state scripts, in page order. */
export const stateBlobs = (document: HtmlDocument): unknown[] => {
  const blobs: unknown[] = [];
  const scripts = elementsNamed(document, 'script').slice(0, MAX_SCRIPTS);
  for (const script of scripts) {
    const literal = jsonLiteralOf(script);
    if (literal === undefined) continue;
    spendWork(literal.length, 'html-state-blob');
    const value = parsedOrUndefined(literal);
    if (value !== undefined) blobs.push(value);
  }
  return blobs;
};

const jsonLiteralOf = (script: HtmlElement): string | undefined => {
  if (script.attribs.src !== undefined) return undefined;
  const text = script.children.map(scriptText).join('');
  if (text.length < MIN_BLOB_CHARS || text.length > MAX_BLOB_CHARS) return undefined;
  const type = script.attribs.type ?? '';
  if (DATA_TYPES.test(type)) return text;
  if (!CODE_TYPES.test(type)) return undefined;
  const assignment = ASSIGNMENT.exec(text);
  if (assignment === null) return undefined;
  return text.slice(assignment[0].length).replace(TRAILING_SEMICOLON, '');
};

const scriptText = (node: HtmlElement['children'][number]): string =>
  'data' in node && typeof node.data === 'string' ? node.data : '';

const parsedOrUndefined = (literal: string): unknown => {
  try {
    return JSON.parse(literal);
  } catch {
    // Code, not a literal (`= {a: f()}`, two statements): not state we can read.
    return undefined;
  }
};
