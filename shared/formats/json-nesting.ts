import { activeLimits, spendWork } from '../domain/work-budget.ts';
import { TooDeepError } from './too-deep.ts';

/**
 * The depth guard for JSON text, shared by the JSON reader and HTML's JSON-LD blocks:
 * `JSON.parse` itself is iterative, but the readers that walk its value recurse.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]);
const CLOSERS = new Set([0x5d, 0x7d]);

/**
 * Checks, in one pass over the text and before anything walks the parsed value, that its
 * arrays and objects nest no deeper than `maxNestingDepth`: the readers of fields recurse
 * into values, and 100,000 `[` would overflow the stack. Throws `TooDeepError`.
 * The pass is charged to the work budget, one unit a char.
 */
export const checkJsonNesting = (text: string): void => {
  spendWork(text.length, 'json');
  const limit = activeLimits().maxNestingDepth;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (CLOSERS.has(c)) depth--;
    else if (OPENERS.has(c) && ++depth > limit) {
      throw new TooDeepError(`The JSON nests arrays and objects deeper than ${limit} levels.`);
    }
  }
};
