/**
 * The labels a byline opens with, in the languages of most news pages: `By`, `Written
 * by`, `Edited by` (the one credit on many desk-written stories), `Words and photos
 * by`, `Reporting by`, `Von`, `Escrito por`, `Scritto da`, `Écrit par`, and
 * `Author:`-style labels with a colon (`Autora:`, `Texto:`, `Yazar:`). One word list
 * serves the loose prefix (stripped from any byline) and the strict label (which alone
 * vouches for a plain-text line by the headline).
 */

/** What a byline may say before its `by`: the kind of text, or the act of writing it. */
const LEAD =
  String.raw`(?:written|edited|posted|reported|reporting|story|words|text|photos?|pictures|published|compiled|analysis|opinion|commentary|review|recipe|interview|article|contributed|guest\s+post|post|geschrieben|escrito|publicado|[ée]crit)` +
  String.raw`(?:\s+(?:and|&|und|y|et)\s+(?:words|text|photos?|pictures))?`;
/** `by` and its translations (Bulgarian `От`; `da` and `di` only after `scritto` / `a cura`). */
const BY = '(?:(?:by)+|von|vom|par|por|di|door|av|af|from|от)';
const ITALIAN = String.raw`(?:scritto|a\s+cura)\s+d[ai]`;
/** `View all posts by`: an author page link that names the author. */
const ALL_POSTS = String.raw`(?:(?:view|see|show|zeige)\s+)?(?:all\s+|alle\s+)?(?:posts|articles|stories|beiträge|artikel)\s+`;

export const BY_PREFIX = new RegExp(
  String.raw`^(?:(?:${ALL_POSTS})?(?:${LEAD}\s+)?${BY}|${ITALIAN})\s*:?(?:\s+|$)`,
  'iu',
);

/**
 * Words that label the writer's name (`Author:`, `Autorin:`, Indonesian and Malay
 * `Penulis:`), with the German gender forms (`Autor/in`, `Autor:in`, `Autor*in`).
 */
const LABEL_WORDS = String.raw`(?:authors?|autor(?:in|en|a|as|es)?(?:[/:*_]in(?:nen)?(?![\p{L}]))?|auteurs?|writers?|reporters?|text|texto|texte|redaktion|redacción|tekst|текст|автор|piše|yazar|penulis|pewarta)`;

/**
 * A label before the names (`Author: Jane Doe`, `Autor:in Jane Doe`), or a label standing
 * alone, its names in the next element (`<dt>Autor/in</dt><dd>Jane Doe</dd>`): no name.
 */
export const LABEL_PREFIX = new RegExp(
  String.raw`^${LABEL_WORDS}(?:\s*:\s*|\s*$|(?<=[/:*_]in(?:nen)?)\s+)`,
  'iu',
);

/**
 * A byline label a line opens with, strictly: `By`, `Von`, `Par`, `Por`, `Door`, `Av`,
 * `Af`, `Di`, `От` (optionally after a lead: `Written by`, `Text von`, `Escrito por`), followed
 * by a name. Used for plain-text bylines with no class to vouch for them.
 */
export const STRICT_LABEL = new RegExp(
  String.raw`^(?:(?:${LEAD}\s+)?(?:by|von|par|por|door|av|af|di|от)|${ITALIAN})\s*:?\s+(?=\S)`,
  'iu',
);
