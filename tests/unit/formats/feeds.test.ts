import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import type { ParsedDocument } from '#shared/formats/document.ts';
import { feedDate } from '#shared/formats/feeds/dates.ts';
import { type ReadResult, readDocument } from '#shared/formats/read-document.ts';

const read = (xml: string, key = 'feeds/news.xml'): ReadResult =>
  readDocument(strToU8(xml), { key });

/** The items of a read, failing the test when the read is not `items`. */
const itemsOf = (result: ReadResult) => {
  if (result.kind !== 'items') throw new Error(`expected items, got ${JSON.stringify(result)}`);
  return result.items;
};

const documentOf = (result: ReadResult | undefined): ParsedDocument => {
  if (result?.kind !== 'document')
    throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  return result.document;
};

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Valley Courier</title>
    <link>https://courier.example.com/</link>
    <atom:link href="https://courier.example.com/feed" rel="self" type="application/rss+xml"/>
    <language>en-gb</language>
    <item>
      <title>Bridge reopens after repairs</title>
      <link>https://courier.example.com/bridge</link>
      <guid isPermaLink="false">courier-1001</guid>
      <pubDate>Tue, 04 Nov 2025 08:30:00 +0100</pubDate>
      <dc:creator>Mara Lind</dc:creator>
      <category>Transport</category>
      <category>Local</category>
      <media:title>Photo of the bridge</media:title>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>The old river bridge reopened on Monday.</p><p>Repairs took <b>eight</b> months.</p>]]></content:encoded>
    </item>
    <item>
      <title>Library extends hours</title>
      <link>https://courier.example.com/library</link>
      <guid>https://courier.example.com/library</guid>
      <pubDate>Mon, 03 Nov 2025 17:00:00 GMT</pubDate>
      <author>news@courier.example.com (Tom Beck)</author>
      <description>&lt;p&gt;The central library will open until 9pm.&lt;/p&gt;&lt;p&gt;Weekend hours stay the same.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Market moves to the square</title>
      <link>https://courier.example.com/market</link>
      <guid>courier-1003</guid>
      <dc:date>2025-11-02T06:00:00Z</dc:date>
      <description>The Saturday market moves to the town square from next week.</description>
    </item>
  </channel>
</rss>`;

describe('readDocument on RSS 2.0 feeds', () => {
  it('gives one document per item with title, link, author, date, keywords and paragraphs', () => {
    const items = itemsOf(read(RSS));

    expect(items.map((item) => item.itemKey)).toEqual([
      'courier-1001',
      'https://courier.example.com/library',
      'courier-1003',
    ]);
    expect(documentOf(items[0]?.result)).toMatchObject({
      format: 'rss',
      title: 'Bridge reopens after repairs',
      canonicalUrl: 'https://courier.example.com/bridge',
      authors: ['Mara Lind'],
      publisher: 'Valley Courier',
      languageHint: 'en-gb',
      keywords: ['Transport', 'Local'],
      dates: [{ value: '2025-11-04T08:30:00+01:00', source: 'meta', kind: 'published' }],
      sections: [
        {
          heading: null,
          paragraphs: ['The old river bridge reopened on Monday.', 'Repairs took eight months.'],
        },
      ],
    });
  });

  it('reads escaped HTML descriptions, email-form authors and plain-text descriptions', () => {
    const items = itemsOf(read(RSS));

    expect(documentOf(items[1]?.result)).toMatchObject({
      authors: ['Tom Beck'],
      dates: [{ value: '2025-11-03T17:00:00+00:00', kind: 'published' }],
      sections: [
        {
          heading: null,
          paragraphs: ['The central library will open until 9pm.', 'Weekend hours stay the same.'],
        },
      ],
    });
    expect(documentOf(items[2]?.result)).toMatchObject({
      dates: [{ value: '2025-11-02T06:00:00Z', kind: 'published' }],
      sections: [
        {
          heading: null,
          paragraphs: ['The Saturday market moves to the town square from next week.'],
        },
      ],
    });
  });

  it('rejects an item with no text as no-article, naming it, and keeps the others', () => {
    const xml = `<rss><channel><title>T</title>
      <item><title>Photo only</title><guid>a</guid><description><![CDATA[<img src="x.jpg">]]></description></item>
      <item><title>Story</title><guid>b</guid><description>Words.</description></item>
    </channel></rss>`;

    const items = itemsOf(read(xml));

    expect(items[0]?.result).toMatchObject({ kind: 'rejected', reason: 'no-article' });
    expect(items[0]?.result).toHaveProperty('detail', expect.stringContaining('"Photo only"'));
    expect(items[1]?.result).toMatchObject({ kind: 'document' });
  });

  it('rejects a feed with no items as no-article', () => {
    const result = read('<rss version="2.0"><channel><title>Empty</title></channel></rss>');

    expect(result).toEqual({
      kind: 'rejected',
      reason: 'no-article',
      detail: 'The RSS feed holds no items.',
    });
  });

  it('keys items without guid or link by position and suffixes repeated guids', () => {
    const xml = `<rss><channel>
      <item><guid>same</guid><description>One.</description></item>
      <item><guid>same</guid><description>Two.</description></item>
      <item><description>Three.</description></item>
      <item><guid>same</guid><description>Four.</description></item>
    </channel></rss>`;

    const keys = itemsOf(read(xml)).map((item) => item.itemKey);

    expect(keys).toEqual(['same', 'same#2', '#3', 'same#3']);
  });

  it('escapes control characters in guids and cuts a very long guid to a short key', () => {
    const xml = `<rss><channel>
      <item><guid>tab&#x7f;bed&#x85;</guid><description>One.</description></item>
      <item><guid>${'g'.repeat(10_000)}</guid><description>Two.</description></item>
    </channel></rss>`;

    const [escaped, long] = itemsOf(read(xml)).map((item) => item.itemKey);

    expect(escaped).toBe('tab%7Fbed%85');
    expect(long).toHaveLength(512);
    expect(long).toMatch(/^g+~[0-9a-f]{16}$/);
  });

  it('rejects a feed of 10,000 items as too-large without reading them', () => {
    const item = '<item><title>T</title><description>Text.</description></item>';
    const xml = `<rss><channel>${item.repeat(10_000)}</channel></rss>`;

    const result = read(xml);

    expect(result).toMatchObject({ kind: 'rejected', reason: 'too-large' });
    expect(result).toHaveProperty(
      'detail',
      expect.stringContaining(`${DEFAULT_LIMITS.maxItemsPerObject}`),
    );
  });

  it('rejects only the item whose body nests past the depth limit', () => {
    const deep = `${'<div>'.repeat(500)}x${'</div>'.repeat(500)}`;
    const xml = `<rss><channel>
      <item><guid>deep</guid><description><![CDATA[${deep}]]></description></item>
      <item><guid>fine</guid><description>Fine.</description></item>
    </channel></rss>`;

    const items = itemsOf(read(xml));

    expect(items[0]?.result).toMatchObject({ kind: 'rejected', reason: 'too-deep' });
    expect(items[1]?.result).toMatchObject({ kind: 'document' });
  });
});

describe('readDocument on RSS 1.0 (RDF) feeds', () => {
  it('reads items beside the channel, keyed by rdf:about, with Dublin Core fields', () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://lab.example.org/"><title>Lab Notes</title><dc:language>de</dc:language>
    <items><rdf:Seq><rdf:li rdf:resource="https://lab.example.org/a"/></rdf:Seq></items></channel>
  <item rdf:about="https://lab.example.org/a"><title>Alpha</title><link>https://lab.example.org/a</link>
    <dc:creator>Ute Kern</dc:creator><dc:date>2025-10-01</dc:date><description>Alpha text.</description></item>
  <item rdf:about="https://lab.example.org/b"><title>Beta</title><link>https://lab.example.org/b</link>
    <description>Beta text.</description></item>
</rdf:RDF>`;

    const items = itemsOf(read(xml, 'notes.rdf'));

    expect(items.map((item) => item.itemKey)).toEqual([
      'https://lab.example.org/a',
      'https://lab.example.org/b',
    ]);
    expect(documentOf(items[0]?.result)).toMatchObject({
      title: 'Alpha',
      authors: ['Ute Kern'],
      publisher: 'Lab Notes',
      languageHint: 'de',
      dates: [{ value: '2025-10-01', kind: 'published' }],
      sections: [{ heading: null, paragraphs: ['Alpha text.'] }],
    });
  });
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://blog.example.net/">
  <title>Field Notes</title>
  <author><name>Ines Roy</name></author>
  <id>urn:uuid:feed</id>
  <updated>2025-10-09T10:00:00Z</updated>
  <entry>
    <title type="html">Soil &lt;em&gt;and&lt;/em&gt; rain</title>
    <id>urn:uuid:e1</id>
    <link rel="alternate" href="posts/soil"/>
    <link rel="edit" href="https://blog.example.net/edit/1"/>
    <published>2025-10-08T09:00:00+02:00</published>
    <updated>2025-10-09T10:00:00Z</updated>
    <category term="farming" label="Farming"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rain fell for days.</p><p>The soil held.</p></div></content>
  </entry>
  <entry>
    <title>Second note</title>
    <id>urn:uuid:e2</id>
    <author><name>Kai Berg</name></author><author><name>Lea Moss</name></author>
    <updated>2025-10-07T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Escaped markup.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Third note</title>
    <id>urn:uuid:e3</id>
    <updated>2025-10-06T08:00:00Z</updated>
    <summary type="text">Only a summary, in text.</summary>
  </entry>
</feed>`;

describe('readDocument on Atom feeds', () => {
  it('gives one document per entry, keyed by id, with its alternate link resolved', () => {
    const items = itemsOf(read(ATOM, 'blog.atom'));

    expect(items.map((item) => item.itemKey)).toEqual([
      'urn:uuid:e1',
      'urn:uuid:e2',
      'urn:uuid:e3',
    ]);
    expect(documentOf(items[0]?.result)).toMatchObject({
      format: 'atom',
      title: 'Soil and rain',
      canonicalUrl: 'https://blog.example.net/posts/soil',
      authors: ['Ines Roy'],
      publisher: 'Field Notes',
      languageHint: 'en',
      keywords: ['Farming'],
      dates: [
        { value: '2025-10-08T09:00:00+02:00', kind: 'published' },
        { value: '2025-10-09T10:00:00Z', kind: 'modified' },
      ],
      sections: [{ heading: null, paragraphs: ['Rain fell for days.', 'The soil held.'] }],
    });
  });

  it("reads html and text content, the entry's own authors, and updated as publication", () => {
    const items = itemsOf(read(ATOM, 'blog.atom'));

    expect(documentOf(items[1]?.result)).toMatchObject({
      authors: ['Kai Berg', 'Lea Moss'],
      dates: [
        { value: '2025-10-07T08:00:00Z', kind: 'published' },
        { value: '2025-10-07T08:00:00Z', kind: 'modified' },
      ],
      sections: [{ heading: null, paragraphs: ['Escaped markup.'] }],
    });
    expect(documentOf(items[2]?.result).sections).toEqual([
      { heading: null, paragraphs: ['Only a summary, in text.'] },
    ]);
  });

  it('rejects a feed with no entries, and an entry whose content is only a link', () => {
    const empty = read('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>');
    const outOfLine = itemsOf(
      read(`<feed xmlns="http://www.w3.org/2005/Atom">
        <entry><id>a</id><content src="https://x.example/a.html" type="text/html"/></entry></feed>`),
    );

    expect(empty).toMatchObject({ kind: 'rejected', reason: 'no-article' });
    expect(outOfLine[0]?.result).toMatchObject({ kind: 'rejected', reason: 'no-article' });
  });
});

describe('truncated feeds', () => {
  const cutAt = (xml: string, marker: string): string => xml.slice(0, xml.lastIndexOf(marker));

  it('rejects an RSS feed cut short before </rss> as malformed, not as fewer items', () => {
    expect(read(cutAt(RSS, '</channel>'))).toMatchObject({ kind: 'rejected', reason: 'malformed' });
    expect(read(cutAt(RSS, '</item>'))).toMatchObject({ kind: 'rejected', reason: 'malformed' });
  });

  it('rejects an Atom feed cut mid-element as malformed', () => {
    const cut = cutAt(ATOM, '</entry>');

    expect(read(cut, 'feeds/atom.xml')).toMatchObject({ kind: 'rejected', reason: 'malformed' });
    expect(read(`${cut.slice(0, cut.lastIndexOf('<') + 3)}`, 'feeds/atom.xml')).toMatchObject({
      kind: 'rejected',
      reason: 'malformed',
    });
  });

  it('still reads the whole feeds', () => {
    expect(read(RSS).kind).toBe('items');
    expect(read(ATOM, 'feeds/atom.xml').kind).toBe('items');
  });
});

describe('feedDate', () => {
  it('turns RFC 822 dates into ISO 8601 with the written offset', () => {
    expect(feedDate('Tue, 04 Nov 2025 08:30:00 +0100')).toBe('2025-11-04T08:30:00+01:00');
    expect(feedDate('4 Nov 25 8:30 EST')).toBe('2025-11-04T08:30:00-05:00');
    expect(feedDate('Wed, 05 Nov 2025 23:59:59 GMT')).toBe('2025-11-05T23:59:59+00:00');
  });

  it('keeps the wall clock without a zone it knows, and other values as written', () => {
    expect(feedDate('Tue, 04 Nov 2025 08:30:00 XYZ')).toBe('2025-11-04T08:30:00');
    expect(feedDate(' 2025-11-04T08:30:00Z ')).toBe('2025-11-04T08:30:00Z');
    expect(feedDate('  ')).toBeUndefined();
  });
});
