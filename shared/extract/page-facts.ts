import type { IngestedRecord, PageImage } from '../domain/record.ts';
import { spendWork } from '../domain/work-budget.ts';
import type { PageFacts, StatedImage } from '../formats/document.ts';
import { collapseSpaces } from '../text/whitespace.ts';
import { uniqueIgnoringCase } from './keywords.ts';
import { toPlainText } from './plain-text.ts';
import { textDirection } from './text-direction.ts';
import { webUrl } from './web-url.ts';

/** The record's page facts (see `IngestedRecord`): what the file declares, checked. */
export type PageFactFields = Pick<
  IngestedRecord,
  | 'leadImage'
  | 'images'
  | 'siteName'
  | 'section'
  | 'categories'
  | 'tags'
  | 'license'
  | 'direction'
  | 'nextPageUrl'
  | 'datePublishedRaw'
  | 'isAccessibleForFree'
  | 'paywallSelector'
  | 'truncated'
>;

/** Pictures a record lists: a story's own; more is a gallery, better linked than copied. */
const MAX_IMAGES = 20;
/** Tags and categories kept: more is tag spam (as for keywords). */
const MAX_TERMS = 30;
/** A tag, section or site name longer than this is a sentence pasted into the wrong field. */
const MAX_NAME_CHARS = 120;
const MAX_CAPTION_CHARS = 500;
const MAX_CREDIT_CHARS = 200;
const MAX_LICENSE_CHARS = 300;
/** A CSS selector names a part; longer is not one. */
const MAX_SELECTOR_CHARS = 200;
/** `datePublishedRaw` keeps this much: dates written out in full fit with room to spare. */
const MAX_RAW_DATE_CHARS = 100;

export const choosePageFacts = (
  facts: PageFacts | undefined,
  context: { url?: string; language?: string; body: string; datePublishedRaw?: string },
): Partial<PageFactFields> => {
  const stated = facts ?? {};
  const base = context.url;
  const pictures = chooseImages(stated, base);
  const next = webUrl(stated.nextPageUrl, base);
  const license =
    stated.license && (webUrl(stated.license) ?? cut(stated.license, MAX_LICENSE_CHARS));
  return defined({
    leadImage: pictures[0],
    images: pictures.length > 0 ? pictures : undefined,
    siteName: name(stated.siteName),
    section: name(stated.section),
    categories: terms(stated.categories),
    tags: terms(stated.tags),
    license: license || undefined,
    direction: textDirection(stated.direction, context.language, context.body),
    nextPageUrl: next !== undefined && next !== context.url ? next : undefined,
    datePublishedRaw: context.datePublishedRaw && cut(context.datePublishedRaw, MAX_RAW_DATE_CHARS),
    isAccessibleForFree: stated.isAccessibleForFree,
    paywallSelector: stated.paywallSelector && cut(stated.paywallSelector, MAX_SELECTOR_CHARS),
    truncated: stated.truncated === true ? true : undefined,
  });
};

/**
 * The lead image first, then the story's pictures. The lead is the first stated candidate
 * with a valid address (og:image, JSON-LD), else the story's first picture; its caption
 * and credit come from any candidate or story picture showing the same file.
 */
const chooseImages = (facts: PageFacts, base: string | undefined): PageImage[] => {
  const leads = validImages(facts.leadImages, base);
  const story = validImages(facts.images, base);
  const lead = leads[0] ?? story[0];
  if (lead === undefined) return [];
  const same = [...leads, ...story].filter((image) => sameFile(image.url, lead.url));
  const caption =
    same.find((image) => image.caption)?.caption ?? same.find((image) => image.alt)?.alt;
  const credit = same.find((image) => image.credit)?.credit;
  const first = { url: lead.url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  const rest = story.filter((image) => !sameFile(image.url, lead.url)).map(pageImage);
  const unique = new Map([first, ...rest].map((image) => [image.url, image]));
  return [...unique.values()].slice(0, MAX_IMAGES);
};

const validImages = (images: readonly StatedImage[] | undefined, base?: string): StatedImage[] =>
  (images ?? []).slice(0, MAX_IMAGES * 2).flatMap((image) => {
    spendWork(1, 'page-facts');
    const url = webUrl(image.url, base);
    if (url === undefined) return [];
    return [
      {
        url,
        ...optionalText('caption', image.caption, MAX_CAPTION_CHARS),
        ...optionalText('credit', image.credit, MAX_CREDIT_CHARS),
        ...optionalText('alt', image.alt, MAX_CAPTION_CHARS),
      },
    ];
  });

const optionalText = <K extends string>(key: K, value: string | undefined, max: number) => {
  const text = value && cut(value, max);
  return (text ? { [key]: text } : {}) as Partial<Record<K, string>>;
};

/** A stated picture as the record holds it: its alt text is no caption of its own. */
const pageImage = ({ alt: _alt, ...image }: StatedImage): PageImage => image;

/**
 * Two addresses of one picture: CDNs serve sizes of a file under other paths and query
 * strings (`/1200x630/photo.jpg`, `photo.jpg?w=300`) but keep its file name.
 */
const sameFile = (a: string, b: string): boolean => a === b || fileName(a) === fileName(b);

const fileName = (url: string): string => new URL(url).pathname.split('/').at(-1) || url;

const name = (value: string | undefined): string | undefined => {
  const text = value === undefined ? '' : plain(value);
  return text !== '' && text.length <= MAX_NAME_CHARS ? text : undefined;
};

const terms = (values: readonly string[] | undefined): string[] | undefined => {
  spendWork(values?.length ?? 0, 'page-facts');
  const kept = uniqueIgnoringCase(
    (values ?? []).map((value) => name(value)).filter((value): value is string => !!value),
  ).slice(0, MAX_TERMS);
  return kept.length > 0 ? kept : undefined;
};

/** Plain, one-line text, cut to `max` characters (at a space when one is near). */
const cut = (value: string, max: number): string | undefined => {
  const text = plain(value);
  if (text.length <= max) return text || undefined;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trim();
};

const CONTROL = /\p{Cc}/gu;
/** Characters of a stated value read at most: every field kept is far shorter. */
const MAX_READ_CHARS = 4096;
const plain = (value: string): string =>
  collapseSpaces(toPlainText(value.slice(0, MAX_READ_CHARS)).replace(CONTROL, ' '));

/** The object without its undefined fields: records hold no `undefined`. */
const defined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
