import { ORG_HEADS } from './vocabulary.ts';

/** Words left out of an acronym (`Organisation of the Petroleum Exporting Countries`). */
const SKIPPED_IN_ACRONYMS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'la']);

export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** `NATO` for `North Atlantic Treaty Organization`: first letters of the capitalised words. */
export const initials = (name: string): string => {
  let letters = '';
  for (const word of name.split(/[\s-]+/u)) {
    if (SKIPPED_IN_ACRONYMS.has(word) || word === '') continue;
    letters += word[0];
  }
  return letters.toUpperCase() === letters ? letters : '';
};

/**
 * The noun that says what kind of body a name is: `Ministry` in `Russian Foreign Ministry`
 * and in `Ministry of Foreign Affairs`; undefined for names without one (`Volvo`).
 */
export const orgHead = (name: string): string | undefined => {
  const words = name.split(' ');
  const joined = words.findIndex(
    (word, i) => (word === 'of' || word === 'for') && ORG_HEADS.has(words[i - 1] ?? ''),
  );
  const head = joined > 0 ? words[joined - 1] : words.at(-1);
  return head !== undefined && ORG_HEADS.has(head) ? head : undefined;
};

/** Heads of company names: what `the company` or `the firm` may refer back to. */
export const COMPANY_HEADS = new Set(
  'Inc Inc. Ltd Ltd. LLC PLC plc Corp Corp. Corporation Company Co Group Holdings Motors Airlines Airways Technologies Systems Laboratories Labs Industries Partners Capital Energy Petroleum Oil'.split(
    ' ',
  ),
);
