import { describe, expect, it } from 'vitest';
import type { PageFacts } from '#shared/formats/document.ts';
import { readAtom, readRss } from '#shared/formats/feeds/index.ts';
import type { ReadResult } from '#shared/formats/read-result.ts';

const BODY = 'The ferry left on time and reached the island before noon with every seat taken.';

const factsOf = (result: ReadResult): PageFacts | undefined => {
  if (result.kind !== 'items') throw new Error(JSON.stringify(result));
  const [first] = result.items;
  if (first?.result.kind !== 'document') throw new Error(JSON.stringify(first));
  return first.result.document.pageFacts;
};

const rssItem = (inner: string) =>
  factsOf(
    readRss(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>C</title><item><title>T</title><link>https://news.example.com/a</link>${inner}<description>${BODY}</description></item></channel></rss>`,
    ),
  );

const atomEntry = (inner: string) =>
  factsOf(
    readAtom(
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>F</title><link href="https://blog.example.org/"/><entry><title>T</title><id>e1</id><link href="https://blog.example.org/e1"/>${inner}<summary>${BODY}</summary></entry></feed>`,
    ),
  );

describe('feed item images', () => {
  it('reads an RSS image enclosure, and skips an audio one', () => {
    const facts = rssItem(
      '<enclosure url="https://news.example.com/p.jpg" type="image/jpeg" length="1"/><enclosure url="https://news.example.com/a.mp3" type="audio/mpeg" length="1"/>',
    );

    expect(facts?.images).toEqual([{ url: 'https://news.example.com/p.jpg' }]);
    expect(facts?.leadImages).toEqual(facts?.images);
  });

  it('reads an Atom <link rel="enclosure"> image, resolved against the feed, its title the caption', () => {
    const facts = atomEntry(
      '<link rel="enclosure" type="image/png" href="/img/map.png" title="The new route"/><link rel="enclosure" type="video/mp4" href="/v.mp4"/>',
    );

    expect(facts?.images).toEqual([
      { url: 'https://blog.example.org/img/map.png', caption: 'The new route' },
    ]);
  });

  it('reads every media:content picture, with its title and credit, before enclosures', () => {
    const facts = rssItem(
      '<enclosure url="https://news.example.com/e.jpg" type="image/jpeg" length="1"/>' +
        '<media:content url="https://news.example.com/1.jpg" medium="image"><media:title>First</media:title><media:credit>Ann Lee</media:credit></media:content>' +
        '<media:group><media:content url="https://news.example.com/2.webp"/></media:group>',
    );

    expect(facts?.images).toEqual([
      { url: 'https://news.example.com/1.jpg', caption: 'First', credit: 'Ann Lee' },
      { url: 'https://news.example.com/2.webp' },
      { url: 'https://news.example.com/e.jpg' },
    ]);
  });

  it('reads thumbnails only when no full-size picture is attached, a group’s text as caption', () => {
    const withFull = rssItem(
      '<media:content url="https://news.example.com/big.jpg" medium="image"/><media:thumbnail url="https://news.example.com/small.jpg"/>',
    );
    const videoOnly = atomEntry(
      '<media:group><media:content url="https://blog.example.org/v.mp4" medium="video"/><media:thumbnail url="https://blog.example.org/poster.jpg"/><media:title>Clip</media:title></media:group>',
    );

    expect(withFull?.images).toEqual([{ url: 'https://news.example.com/big.jpg' }]);
    expect(videoOnly?.images).toEqual([
      { url: 'https://blog.example.org/poster.jpg', caption: 'Clip' },
    ]);
  });
});
