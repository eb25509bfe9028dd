/**
 * The files the fault scenarios upload, written for this suite: each kind has one
 * outcome the model can state without running the extractor (an article, a rejection,
 * a feed of several articles), and every version of every key has its own words, so
 * no two uploads are exact copies.
 */

/** What a file becomes when ingested: the model's only knowledge of its content. */
export type FixtureOutcome =
  | { status: 'ingested' }
  | { status: 'rejected' }
  | { status: 'container'; itemKeys: string[] };

export interface Fixture {
  body: Buffer;
  contentType: string;
  outcome: FixtureOutcome;
}

const TOPICS = ['harbour', 'ferry', 'council', 'library', 'bridge', 'orchard', 'museum', 'rail'];
const PLACES = ['Porthmere', 'Caldwick', 'Ashbury', 'Lornsey', 'Wexmoor', 'Tillbrook'];

/** A small deterministic hash, so a key and version pick their words reproducibly. */
const hashOf = (text: string): number => {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
};

const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length] as T;

/** Four paragraphs of plain news prose that name the key and version (unique bodies). */
const paragraphsFor = (tag: string): string[] => {
  const seed = hashOf(tag);
  const topic = pick(TOPICS, seed);
  const place = pick(PLACES, seed >>> 8);
  return [
    `The ${topic} committee of ${place} met on Monday to settle the plan known as ${tag}, after a long autumn of public meetings and letters from residents.`,
    `Members said the decision on ${tag} followed a petition signed by more than ${1000 + (seed % 9000)} people, many of whom rely on the ${topic} every week.`,
    `Officials expect the first work on ${tag} to begin in the spring, and said the cost would be shared between the town and the regional authority.`,
    `A spokesperson for the ${place} residents' association welcomed the vote on ${tag} but said the group would keep watching how the money is spent.`,
  ];
};

/** A plain-text story with a title and an inline date: always `ingested`. */
export const textArticle = (tag: string): Fixture => {
  const [first, ...rest] = paragraphsFor(tag);
  const text = `Committee settles plan ${tag}\n\ndate 2025-11-05 ${first}\n\n${rest.join('\n\n')}\n`;
  return {
    body: Buffer.from(text, 'utf8'),
    contentType: 'text/plain',
    outcome: { status: 'ingested' },
  };
};

/** Bytes full of NULs and control codes: always `rejected` (binary). */
export const binaryJunk = (tag: string): Fixture => {
  const seed = hashOf(tag);
  const bytes = Buffer.alloc(2048);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 7 === 0 ? 0 : (seed + i * 31) % 256;
  return { body: bytes, contentType: 'application/octet-stream', outcome: { status: 'rejected' } };
};

const XML_SPECIAL = /[&<>]/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (text: string) => text.replace(XML_SPECIAL, (c) => XML_ENTITIES[c] ?? c);

const feedItem = (tag: string, itemKey: string): string => {
  const html = paragraphsFor(`${tag}/${itemKey}`)
    .map((p) => `<p>${p}</p>`)
    .join('');
  return [
    '<item>',
    `<title>Update ${escapeXml(itemKey)} on ${escapeXml(tag)}</title>`,
    `<guid isPermaLink="false">${escapeXml(itemKey)}</guid>`,
    '<pubDate>Wed, 05 Nov 2025 09:20:00 +0000</pubDate>',
    `<description>${escapeXml(html)}</description>`,
    '</item>',
  ].join('\n');
};

/** An RSS 2.0 feed: a `container` record and one `ingested` record per item (by guid). */
export const rssFeed = (tag: string, itemKeys: readonly string[]): Fixture => {
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    '<title>Faults Gazette</title><link>https://faults.example.org/</link>',
    '<description>Fault-suite feed</description>',
    ...itemKeys.map((itemKey) => feedItem(tag, itemKey)),
    '</channel></rss>',
  ].join('\n');
  return {
    body: Buffer.from(xml, 'utf8'),
    contentType: 'application/rss+xml',
    outcome: { status: 'container', itemKeys: [...itemKeys] },
  };
};

/** Opening quotes repeated this often: about 360 KB that main's quote pass reads in over a minute. */
const QUOTE_STORM_REPEATS = 60_000;

/**
 * A story whose body is one run of opening quotation marks that never close: hostile
 * input that takes main's quote finder far longer than the function's 30 s timeout
 * (its cost grows with the square of the length). The correct outcome is a quick
 * verdict; the model expects `rejected` (over its work budget).
 */
export const quoteStorm = (tag: string): Fixture => {
  const text = `Quotes ${tag}\n\ndate 2025-11-05 ${'"Yes, '.repeat(QUOTE_STORM_REPEATS)} he said.\n`;
  return {
    body: Buffer.from(text, 'utf8'),
    contentType: 'text/plain',
    outcome: { status: 'rejected' },
  };
};

/** Paragraphs in a long article: about 200 KB of ordinary prose, a few seconds of work. */
const LONG_ARTICLE_PARAGRAPHS = 400;

/** A long but ordinary story: `ingested`, and slow enough to keep a batch in flight. */
export const longArticle = (tag: string): Fixture => {
  const paragraphs = Array.from({ length: LONG_ARTICLE_PARAGRAPHS }, (_, i) =>
    paragraphsFor(`${tag}/${i}`).join(' '),
  );
  const text = `Long report ${tag}\n\ndate 2025-11-05 ${paragraphs.join('\n\n')}\n`;
  return {
    body: Buffer.from(text, 'utf8'),
    contentType: 'text/plain',
    outcome: { status: 'ingested' },
  };
};
