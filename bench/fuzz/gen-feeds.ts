import type { Rng } from './prng.ts';
import { escapeXml, paragraphs, person, title } from './words.ts';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu'] as const;

const html = (rng: Rng): string =>
  paragraphs(rng, 1, 5)
    .map((text) => `<p>${escapeXml(text)}</p>`)
    .join('');

const rssItem = (rng: Rng, index: number): string => {
  const content = rng.chance(0.5)
    ? `<content:encoded><![CDATA[${html(rng)}]]></content:encoded>`
    : `<description>${escapeXml(html(rng))}</description>`;
  return (
    `<item><title>${escapeXml(title(rng))}</title><link>https://example.org/${index}</link>` +
    `<guid isPermaLink="false">item-${index}</guid><pubDate>${rng.pick(DAYS)}, 0${rng.int(1, 9)} Nov 2025 16:45:00 -0500</pubDate>` +
    `<dc:creator>${person(rng)}</dc:creator>${content}</item>`
  );
};

/** An RSS 2.0 channel with one to five items. */
export const generateRss = (rng: Rng): string => {
  const items = Array.from({ length: rng.int(1, 5) }, (_, i) => rssItem(rng, i + 1)).join('\n');
  return (
    `${XML_DECLARATION}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<channel><title>Gazette</title><link>https://example.org/</link><description>News</description>\n${items}\n</channel></rss>`
  );
};

const atomEntry = (rng: Rng, index: number): string => {
  const content = rng.chance(0.5)
    ? `<content type="html">${escapeXml(html(rng))}</content>`
    : `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${html(rng)}</div></content>`;
  return (
    `<entry><title>${escapeXml(title(rng))}</title><link rel="alternate" href="https://example.net/${index}"/>` +
    `<id>tag:example.net,2025:${index}</id><published>2025-10-${10 + rng.int(0, 9)}T18:00:00+02:00</published>` +
    `<updated>2025-10-21T07:30:00Z</updated><author><name>${person(rng)}</name></author>${content}</entry>`
  );
};

/** An Atom feed with one to five entries. */
export const generateAtom = (rng: Rng): string => {
  const entries = Array.from({ length: rng.int(1, 5) }, (_, i) => atomEntry(rng, i + 1)).join('\n');
  return (
    `${XML_DECLARATION}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Notes</title>` +
    `<id>tag:example.net,2025:feed</id><updated>2025-10-21T07:30:00Z</updated>\n${entries}\n</feed>`
  );
};
