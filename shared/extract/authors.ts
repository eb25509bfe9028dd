import { uniqueIgnoringCase } from './keywords.ts';

/** Author names as stated, without a `By` prefix, links or duplicates. */
const BY_PREFIX = /^by\s+/i;
const URL_LIKE = /^https?:\/\//i;
/** Longer "names" are sentences caught by a loose byline pattern. */
const MAX_NAME_CHARS = 80;

export const chooseAuthors = (stated: readonly string[]): string[] =>
  uniqueIgnoringCase(
    stated
      .map((name) => name.trim().replace(BY_PREFIX, ''))
      .filter((name) => !URL_LIKE.test(name) && name.length <= MAX_NAME_CHARS),
  );
