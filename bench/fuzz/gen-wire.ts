import type { Rng } from './prng.ts';
import { escapeXml, isoDay, paragraphs, person, place, title } from './words.ts';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

const nitfBody = (rng: Rng, headline: string): string => {
  const content = paragraphs(rng, 1, 6)
    .map((text) => `<p>${escapeXml(text)}</p>`)
    .join('\n');
  return (
    `<body><body.head><hedline><hl1>${escapeXml(headline)}</hl1></hedline>` +
    `<byline>By ${person(rng)}</byline><dateline>${place(rng).toUpperCase()}, Nov ${rng.int(1, 28)}</dateline>` +
    `</body.head><body.content>\n${content}\n</body.content></body>`
  );
};

/** A NITF story: head with title and dates, body head, paragraphs. */
export const generateNitf = (rng: Rng): string => {
  const headline = title(rng);
  const day = isoDay(rng).replace(/-/g, '');
  return (
    `${XML_DECLARATION}<nitf version="-//IPTC//DTD NITF 3.6//EN">` +
    `<head><title>${escapeXml(headline)}</title><docdata><date.issue norm="${day}T083000Z"/></docdata>` +
    `<pubdata type="web" name="Example Wire"/></head>${nitfBody(rng, headline)}</nitf>`
  );
};

const newsItem = (rng: Rng, index: number): string => {
  const headline = title(rng);
  const inline = rng.chance(0.5)
    ? `<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">${nitfBody(rng, headline)}</nitf></inlineXML>`
    : `<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs(
        rng,
        1,
        5,
      )
        .map((text) => `<p>${escapeXml(text)}</p>`)
        .join('')}</body></html></inlineXML>`;
  return (
    `<newsItem guid="urn:newsml:example.com:${index}" version="1" standard="NewsML-G2">` +
    `<itemMeta><itemClass qcode="ninat:text"/><versionCreated>${isoDay(rng)}T07:10:00Z</versionCreated></itemMeta>` +
    `<contentMeta><language tag="en"/><headline>${escapeXml(headline)}</headline></contentMeta>` +
    `<contentSet>${inline}</contentSet></newsItem>`
  );
};

const G2 = 'http://iptc.org/std/nar/2006-10-01/';

/** A NewsML-G2 news item, or a news message with several. */
export const generateNewsml = (rng: Rng): string => {
  if (rng.chance(0.5))
    return `${XML_DECLARATION}${newsItem(rng, 1).replace('<newsItem ', `<newsItem xmlns="${G2}" `)}`;
  const items = Array.from({ length: rng.int(1, 3) }, (_, i) => newsItem(rng, i + 1)).join('');
  return `${XML_DECLARATION}<newsMessage xmlns="${G2}"><header><sent>${isoDay(rng)}T07:15:00Z</sent></header><itemSet>${items}</itemSet></newsMessage>`;
};
