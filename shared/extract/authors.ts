import { isRole, withoutBylinePrefix } from '../text/byline.ts';
import { uniqueIgnoringCase } from './keywords.ts';

/**
 * Author names as stated, cleaned the same way whatever the source (JSON-LD, `<meta>`,
 * a byline, a wire header): without a `By` label, e-mail addresses, a trailing job title
 * (`Jane Doe, Staff Writer`), placeholders (`Unknown`), links or duplicates.
 */
export const chooseAuthors = (stated: readonly string[]): string[] =>
  uniqueIgnoringCase(
    stated
      .flatMap(splitPeople)
      .map(cleanAuthor)
      .filter((name) => name !== ''),
  );

/** `Jane Doe and John Roe`: split where every part reads as a full name (not `Marks and Spencer`). */
const splitPeople = (stated: string): string[] => {
  const parts = stated.split(JOINED_NAMES);
  return parts.length > 1 && parts.every((part) => part.trim().includes(' ')) ? parts : [stated];
};

const JOINED_NAMES = /\s+(?:and|&)\s+|\s*;\s*/i;
/** `Jane Doe for The Mail on Sunday`: the outlet the writer wrote for is not a name. */
const FOR_OUTLET = /\s+[Ff]or\s+[Tt]he\s+\p{Lu}.*$/u;

const URL_LIKE = /^https?:\/\//i;
const EMAIL = /\S+(?:@|\[at\])\S+\.\S+/gi;
const HAS_LETTER = /\p{L}/u;
/** What a CMS writes when nobody is named. */
const PLACEHOLDER =
  /^(?:unknown|anonymous|no author|n\/a|none|null|undefined|admin(?:istrator)?)$/i;
/** Longer "names" are sentences caught by a loose byline pattern. */
const MAX_NAME_CHARS = 80;
/** Room for a name with its label, e-mail address and roles around it. */
const MAX_STATED_CHARS = 400;
const COMMA = /\s*,\s*/;

const cleanAuthor = (stated: string): string => {
  // A stated value far longer than any name is no name, and is not searched.
  if (stated.length > MAX_STATED_CHARS) return '';
  const name = withoutBylinePrefix(stated.replace(EMAIL, ' ').replace(/\s+/g, ' '));
  if (URL_LIKE.test(name) || !HAS_LETTER.test(name) || PLACEHOLDER.test(name)) return '';
  if (name.length > MAX_NAME_CHARS) return '';
  return withoutTrailingRoles(name.replace(FOR_OUTLET, ''));
};

/** `Jane Doe, AP Auto Writer` -> `Jane Doe`; a lone role (`Editor`) is all there is, so it stays. */
const withoutTrailingRoles = (name: string): string => {
  const parts = name.split(COMMA);
  while (parts.length > 1 && isRole(parts.at(-1) ?? '')) parts.pop();
  return parts.join(', ');
};
