import { activeLimits } from '../../domain/work-budget.ts';
import { collectItems, documentOrNoText, type FoundItem, tooManyItems } from '../items-list.ts';
import { MalformedInputError } from '../malformed.ts';
import { type ReadResult, readOrMalformed } from '../read-result.ts';
import {
  hasArticleFields,
  hasBody,
  LIST_KEYS,
  parseJson,
  pickArticle,
  readJsonArticle,
} from './article.ts';
import { isObject, type JsonObject } from './fields.ts';

/**
 * A JSON file: one article, or a list of them (a top-level array, or an API wrapper's
 * `articles`/`items`/`data`/... array) read as one item per article object.
 *
 * A list counts as several articles only when it holds two or more article objects. A
 * wrapper's list of one is how APIs return a single result, and a top-level array of one
 * is read the same way, so that `[{...}]` and `{"articles": [{...}]}` give the same
 * record: a single document. A JSON-LD `@graph` describes one page (the article, its
 * publisher, its breadcrumbs), so it stays one document too. JSON Feed (jsonfeed.org)
 * is such a wrapper: its `items` carry `content_html`/`content_text`, `date_published`.
 */
export const readJsonArticles = (text: string): ReadResult => {
  const value = parseJson(text);
  const list = listOf(value);
  const articles = list?.flatMap((entry, index) =>
    isObject(entry) && hasArticleFields(entry) ? [{ entry, position: index + 1 }] : [],
  );
  if (articles && articles.length >= 2) {
    if (articles.length > activeLimits().maxItemsPerObject)
      return tooManyItems(articles.length, WHAT);
    return collectItems(
      articles.map(({ entry, position }) => itemOf(entry, position)),
      WHAT,
    );
  }
  const article = pickArticle(value);
  if (!article) throw new MalformedInputError('The JSON holds no article object.');
  return { kind: 'document', document: readJsonArticle(article) };
};

const WHAT = 'The JSON list';

/** The list of articles the value is or wraps, as `pickArticle` looks for it. */
const listOf = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value;
  if (!isObject(value) || hasBody(value)) return undefined;
  for (const key of LIST_KEYS) {
    const list = value[key];
    if (key === '@graph') return undefined;
    if (Array.isArray(list)) return list;
    if (isObject(list) && hasArticleFields(list)) return undefined;
  }
  return undefined;
};

/** Fields that identify an article object across re-uploads of its list. */
const ID_KEYS = ['id', 'guid', 'uuid', '_id', '@id', 'url'];

const itemOf = (article: JsonObject, position: number): FoundItem => ({
  key: idOf(article) ?? `#${position}`,
  result: readOrMalformed(() => documentOrNoText(readJsonArticle(article), 'The JSON article')),
});

const idOf = (article: JsonObject): string | undefined => {
  for (const key of ID_KEYS) {
    const value = article[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
};
