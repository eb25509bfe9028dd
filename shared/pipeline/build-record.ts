import type {
  ContainerRecord,
  IngestedRecord,
  RejectedRecord,
  SourceFacts,
} from '../domain/record.ts';
import { type ReadOne, readDocument } from '../formats/read-document.ts';
import { assembleArticle } from './assemble-article.ts';
import { lifecycleFields, rejectedRecord } from './record-base.ts';

/** The record of one article: built, or why the bytes hold none. */
export type ArticleOutcome = IngestedRecord | RejectedRecord;

/**
 * What one object's bytes become: one article's record, or, for a file that holds several
 * (a feed, an archive, a JSON list), the file's `container` record and one record per item.
 */
export type BuiltObject =
  | { kind: 'article'; record: ArticleOutcome }
  | { kind: 'container'; record: ContainerRecord; items: ArticleOutcome[] };

export interface BuildInput {
  bytes: Uint8Array;
  source: SourceFacts;
  now: Date;
  limits?: import('../domain/limits.ts').Limits;
}

/**
 * The pure pipeline: one object's bytes -> its records. Files that are not articles
 * (empty, binary, unsupported, no text) come back as `rejected` records, never throws.
 */
export const buildObject = ({ bytes, source, now }: BuildInput): BuiltObject => {
  const read = readDocument(bytes, { key: source.key, contentType: source.contentType });
  if (read.kind !== 'items') return { kind: 'article', record: articleRecord(read, source, now) };
  const items = read.items.map((item, index) =>
    articleRecord(
      item.result,
      { ...source, item: { key: item.itemKey, position: index + 1 } },
      now,
    ),
  );
  const record: ContainerRecord = {
    ...lifecycleFields(source, now),
    status: 'container',
    itemCount: items.length,
    items: items.map((item) => item.articleId),
  };
  return { kind: 'container', record, items };
};

/** The article records of a build: the one article, or every item of a container. */
export const articlesOf = (built: BuiltObject): ArticleOutcome[] =>
  built.kind === 'article' ? [built.record] : built.items;

const articleRecord = (read: ReadOne, source: SourceFacts, now: Date): ArticleOutcome => {
  if (read.kind === 'rejected') return rejectedRecord(source, read.reason, read.detail, now);
  const key = source.item ? `${source.key}/${source.item.key}` : source.key;
  const article = assembleArticle(read.document, { now, key });
  if (!article) {
    const detail = `The ${read.document.format} file was read but holds no paragraph text.`;
    return rejectedRecord(source, 'no-article', detail, now);
  }
  return { ...lifecycleFields(source, now), ...article };
};
