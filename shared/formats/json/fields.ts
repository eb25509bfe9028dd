import { decodeHTML } from 'entities';
import { collapseSpaces } from '../../text/whitespace.ts';

/** Helpers to read loosely typed JSON API fields (strings, `{name}`, arrays, numbers). */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A tag, never spanning another `<`: `<<<<...` with no `>` stays one linear pass. */
const TAGS = /<[^<>]*>/g;

/** One line of text from a string (tags dropped, entities decoded), `{rendered}` or `{name}`. */
export const stringOf = (value: unknown): string | undefined => {
  if (typeof value === 'string')
    return collapseSpaces(decodeHTML(value.replace(TAGS, ' '))) || undefined;
  if (isObject(value)) return stringOf(value.rendered ?? value.name ?? value['@value']);
  return undefined;
};

/** The first of `keys` whose value gives a string. */
export const firstString = (object: JsonObject, keys: readonly string[]): string | undefined => {
  for (const key of keys) {
    const value = stringOf(object[key]);
    if (value) return value;
  }
  return undefined;
};

/** The raw value of the first of `keys` that is present and not null. */
export const firstValue = (object: JsonObject, keys: readonly string[]): unknown =>
  keys.map((key) => object[key]).find((value) => value !== undefined && value !== null);

const LIST_SEPARATOR = /\s*[,;]\s*/;

/** Names from a string (comma-separated when `split`), `{name}`, or an array of either. */
export const namesOf = (value: unknown, split: boolean): string[] => {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => {
    if (typeof item === 'string' && split) return item.split(LIST_SEPARATOR).filter(Boolean);
    const name = isObject(item) ? stringOf(item.name ?? item.title ?? item.label) : stringOf(item);
    return name ? [name] : [];
  });
};

/**
 * Epoch numbers above this are milliseconds, below it seconds: 1e11 seconds is the
 * year 5138, 1e11 milliseconds is 1973.
 */
const MS_EPOCH_FROM = 1e11;
/** Smaller numbers are not timestamps (1e9 seconds is September 2001). */
const MIN_EPOCH_SECONDS = 1e9;

/** A date field as written (string), or an epoch number turned into an ISO timestamp. */
export const dateOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < MIN_EPOCH_SECONDS) {
    return undefined;
  }
  const ms = value >= MS_EPOCH_FROM ? value : value * 1000;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};
