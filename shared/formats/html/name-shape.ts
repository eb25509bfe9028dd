/**
 * Shapes of text that a byline slot holds but no person's name has, whatever the site
 * and language.
 */

/**
 * A capitalised opening and a lower-case last word (`Sende uns eine`, `Beitragvon r`,
 * `P. Smith ago`): a sentence, a button label or a name glued to interface text. People
 * write their names either capitalised or, by a style sheet's choice, all in lower case
 * (`giampiero maggio`), and a name ends on its surname, not on a particle.
 */
export const hasLowerCaseTail = (name: string): boolean => {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  return UPPER_START.test(words[0] ?? '') && LOWER_START.test(words.at(-1) ?? '');
};

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * A copyright or trademark sign inside the text (`Bild © hr`, `Photo © Reuters`): a
 * picture or content credit. A leading `© Jane Doe` is stripped before names are read.
 */
export const hasCreditSign = (name: string): boolean => CREDIT_SIGN.test(name);

const CREDIT_SIGN = /[©®™]/u;
