import { isFullName } from '../../text/byline.ts';

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

/**
 * One word of capitals, or a degree (`MS`, `RDN`, `Ph.D.`, `CNN`, `AP`): the letters
 * after a writer's name or a network's initials beside it, no person's name. Such a
 * credit still names the author when nobody else is named (a blog signed `DT`).
 */
export const isInitialism = (name: string): boolean => INITIALISM.test(name.trim());

const INITIALISM = /^(?:(?:\p{Lu}\.?){2,5}|Ph\.?\s?D\.?|Dipl\.-?\p{L}+\.?)$/u;

/**
 * What a byline line or a labelled line may be signed with: a full name, or the initials
 * of a wire agency or a desk (`PTI`, `By AFP`), the whole credit of many agency stories.
 * The initials name no person (`isInitialism`), so they count only when nobody is named.
 */
export const isSignature = (name: string): boolean => isFullName(name) || isInitialism(name);
