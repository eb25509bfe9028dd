import type { IngestedRecord } from '../domain/record.ts';
import { chooseAuthors } from '../extract/authors.ts';
import { contentHash } from '../extract/content-hash.ts';
import { readDateline } from '../extract/dateline.ts';
import { pickDates } from '../extract/dates.ts';
import { chooseKeywords } from '../extract/keywords.ts';
import { chooseLanguage } from '../extract/language.ts';
import { measureText } from '../extract/measures.ts';
import { type ArticleText, assembleText } from '../extract/sections.ts';
import { chooseTitle } from '../extract/title.ts';
import { collapseSpaces } from '../formats/decode.ts';
import type { ParsedDocument } from '../formats/document.ts';

/** The content fields of an ingested record: everything but identity and lifecycle. */
export type ArticleFields = Omit<
  IngestedRecord,
  | 'articleId'
  | 'source'
  | 'sequencerKey'
  | 'schemaVersion'
  | 'extractorVersion'
  | 'ingestedAt'
  | 'updatedAt'
>;

/**
 * A parsed document -> the record's content fields, one extractor per field family.
 * Returns null when the document holds no paragraph text (not an article).
 */
export const assembleArticle = (document: ParsedDocument, now: Date): ArticleFields | null => {
  const text = assembleText(document.sections);
  if (text.paragraphs.length === 0) return null;
  const dateline = readDateline(text.lede, document.dateline);
  return {
    status: 'ingested',
    format: document.format,
    ...chooseTitle(document, dateline?.rest ?? text.lede),
    ...optional('subtitle', cleanOptional(document.subtitle)),
    authors: chooseAuthors(document.authors),
    ...optional('publisher', cleanOptional(document.publisher)),
    ...pickDates(document.dates, now),
    ...optional('dateline', dateline?.place),
    ...optional('language', chooseLanguage(document.languageHint, languageSample(text))),
    lede: text.lede,
    sections: text.sections,
    body: text.body,
    keywords: chooseKeywords(document.keywords),
    ...measureText(text.body, text.paragraphs),
    contentHash: contentHash(text.body),
  };
};

const languageSample = (text: ArticleText): string => text.body;

const cleanOptional = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : collapseSpaces(value) || undefined;

/** `{ key: value }` when the value is present, else nothing (no `undefined` in records). */
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
