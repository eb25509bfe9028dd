import { describe, expect, it } from 'vitest';
import { readByline } from '#shared/formats/html/byline.ts';
import { readTextDates } from '#shared/formats/html/dates.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { readJsonLd } from '#shared/formats/html/json-ld.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const page = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
const dom = (body: string, head = '') => parseHtmlDocument(page(head, body));

describe('meta tags', () => {
  it('reads value= when a page has no content=', () => {
    const head = '<meta value="Ann Lee" name="author"><meta value="2020-10-12" name="date">';

    const doc = parseHtml(page(head, '<p>Text.</p>'));

    expect(doc.authors).toEqual(['Ann Lee']);
    expect(doc.dates[0]).toEqual({ value: '2020-10-12', source: 'meta', kind: 'published' });
  });

  it('reads every citation_author of a scholarly page', () => {
    const head =
      '<meta name="citation_author" content="Ann Lee"><meta name="citation_author" content="Bo Chan">';

    expect(parseHtml(page(head, '<p>Text.</p>')).authors).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('drops a meta author that is the site name and splits "Site | Name"', () => {
    const head =
      '<meta property="og:site_name" content="The Post"><meta name="author" content="The Post | Ann Lee">';

    expect(parseHtml(page(head, '<p>Text.</p>')).authors).toEqual(['Ann Lee']);
  });
});

describe('choosing authors', () => {
  it('prefers the meta author when the visible byline names someone else', () => {
    const head = '<meta property="og:article:author" content="Ann Lee">';
    const body = '<aside><div class="article__author">Bo Chan</div></aside><p>Text.</p>';

    expect(parseHtml(page(head, body)).authors).toEqual(['Ann Lee']);
  });

  it('keeps the byline when it agrees with one of the meta authors', () => {
    const head =
      '<meta name="author" content="Big Media Group"><meta name="author" content="Ann Lee">';
    const body = '<div class="byline">By Ann Lee</div><p>Text.</p>';

    expect(parseHtml(page(head, body)).authors).toEqual(['Ann Lee']);
  });
});

describe('readJsonLd', () => {
  it('parses objects written one after another in one script', () => {
    const script =
      '<script type="application/ld+json">{"@type":"WebSite","name":"The Post"}{"@type":"NewsArticle","headline":"Bridge Opens","datePublished":"2020-10-12","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}]}</script>';

    const fields = readJsonLd(dom('', script));

    expect(fields.title).toBe('Bridge Opens');
    expect(fields.authors).toEqual(['Ann Lee', 'Bo Chan']);
    expect(fields.dates[0]?.value).toBe('2020-10-12');
  });

  it('dates the article by its own node, not an image the graph dates earlier', () => {
    const graph = {
      '@graph': [
        { '@type': 'ImageObject', url: '/ferry.jpg', datePublished: '2021-12-27' },
        {
          '@type': 'NewsArticle',
          headline: 'Ferry Returns',
          datePublished: '2022-01-15T08:00:00+01:00',
        },
      ],
    };
    const script = `<script type="application/ld+json">${JSON.stringify(graph)}</script>`;

    expect(readJsonLd(dom('', script)).dates[0]?.value).toBe('2022-01-15T08:00:00+01:00');
  });

  it('keeps organisation authors apart from people', () => {
    const script =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"The Post"}}</script>';

    const fields = readJsonLd(dom('', script));

    expect(fields.authors).toEqual([]);
    expect(fields.organizationAuthors).toEqual(['The Post']);
  });

  it('reads a block nested past the depth limit as salvage, without walking into it', () => {
    const article = '{"@type":"NewsArticle","headline":"Bridge Opens"}';
    const deep = `${'['.repeat(100_000)}${article}${']'.repeat(100_000)}`;
    const script = `<script type="application/ld+json">${deep}</script>`;

    const fields = readJsonLd(dom('', script));

    expect(fields.title).toBe('Bridge Opens');
  });
});

describe('JSON-LD authors', () => {
  const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

  it('follows an @id reference to a Person node of the graph', () => {
    const script = ld(
      '{"@graph":[{"@type":"NewsArticle","headline":"H","author":{"@id":"#/person/1"}},{"@type":"Person","@id":"#/person/1","name":"Ann Lee"}]}',
    );

    expect(readJsonLd(dom('', script)).referencedAuthors).toEqual(['Ann Lee']);
    expect(parseHtml(page(script, '<p>Text.</p>')).authors).toEqual(['Ann Lee']);
  });

  it('lets a visible byline that a meta tag confirms beat the referenced account', () => {
    const head = `${ld(
      '{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Web Producer"}]}',
    )}<meta name="sailthru.author" content="By Ann Lee ">`;
    const body =
      '<span class="single-byline">By <a href="/by/ann-lee">Ann Lee</a></span><p>Text.</p>';

    expect(parseHtml(page(head, body)).authors).toEqual(['Ann Lee']);
  });

  it('parses an author written as JSON inside a string', () => {
    const script = ld(
      '{"@type":"NewsArticle","headline":"H","author":"{ \\"@type\\":\\"Person\\", \\"name\\":\\"Ann Lee\\" }"}',
    );

    expect(readJsonLd(dom('', script)).authors).toEqual(['Ann Lee']);
  });
});

describe('author name shapes', () => {
  it('asks the next source when JSON-LD names the publisher itself', () => {
    const head =
      '<meta property="og:site_name" content="Daily Bridge">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"The Daily Bridge"}}</script>';
    const body = '<div class="byline">By Ann Lee</div><p>Text.</p>';

    expect(parseHtml(page(head, body)).authors).toEqual(['Ann Lee']);
  });

  it('lets a visible byline beat a meta author that is the site with a newsroom word', () => {
    const head =
      '<meta property="og:site_name" content="Harbour Ledger News">' +
      '<meta name="author" content="Harbour Ledger Staff">';
    const body = '<div class="byline">By Ann Lee</div><p>Text.</p>';

    expect(parseHtml(page(head, body)).authors).toEqual(['Ann Lee']);
  });

  it('takes no newsroom sign-off for a writer, in any of the byline languages', () => {
    const newsroom = ['Editorial Team', 'News Desk', 'Redaktion', 'Redação', 'NEWSROOM'];
    for (const name of newsroom) {
      const head = `<meta name="author" content="${name}">`;
      expect(parseHtml(page(head, '<p>Text.</p>')).authors).toEqual([]);
    }
  });

  it('keeps a writer whose surname is a newsroom word', () => {
    const head =
      '<meta property="og:site_name" content="Harbour Ledger"><meta name="author" content="Tom Desk">';

    expect(parseHtml(page(head, '<p>Text.</p>')).authors).toEqual(['Tom Desk']);
  });

  it('takes no social handle for a name, from markup or from a byline', () => {
    const head = '<meta name="author" content="annlee_77">';
    const body = '<div class="author"><a href="/u/x">@annlee</a></div><p>Text.</p>';

    expect(parseHtml(page(head, body)).authors).toEqual([]);
  });
});

describe('readByline', () => {
  it('reads a plain-text By line right after the headline, with no class to name it', () => {
    const body =
      '<h1>Bridge reopens after ten years</h1><p>The river crossing is back.</p>' +
      '<p>By Ann Lee and Bo Chan</p><p>Text of the story.</p>';

    expect(readByline(dom(body, '<title>Bridge reopens after ten years</title>'))).toEqual([
      'Ann Lee',
      'Bo Chan',
    ]);
  });

  it('reads no name from a line by the headline without a byline label', () => {
    const body = '<h1>Bridge reopens after ten years</h1><p>Ann Lee</p><p>Text of the story.</p>';

    expect(readByline(dom(body, '<title>Bridge reopens after ten years</title>'))).toEqual([]);
  });

  it('reads names on a line with a date and no label, joined by a bar or a bullet', () => {
    const head = '<title>Bridge reopens after ten years</title>';
    const story = '<p>Text of the story.</p>';
    const bar = '<h1>Bridge reopens after ten years</h1><p>Ann Lee | March 5, 2025</p>';
    const bullet =
      '<h1>Bridge reopens after ten years</h1><div><a href="/al">Ann Lee</a> &amp; <a href="/bc">Bo Chan</a> · <time datetime="2025-03-05">5 March 2025</time></div>';

    expect(readByline(dom(bar + story, head))).toEqual(['Ann Lee']);
    expect(readByline(dom(bullet + story, head))).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('reads no names from a dated line that is a sentence, a comma dateline or a section', () => {
    const head =
      '<title>Bridge reopens after ten years</title><meta property="article:section" content="Local Politics">';
    const lines = [
      '<p>The bridge reopened | March 5, 2025</p>',
      '<p>Springfield, March 5, 2025</p>',
      '<p>Local Politics | March 5, 2025</p>',
    ];
    for (const line of lines) {
      const body = `<h1>Bridge reopens after ten years</h1>${line}<p>Text of the story.</p>`;
      expect(readByline(dom(body, head))).toEqual([]);
    }
  });

  it('ignores a By line far below the headline', () => {
    const filler = '<p>A paragraph of the story that goes on for a while.</p>'.repeat(20);
    const body = `<h1>Bridge reopens after ten years</h1>${filler}<p>By Ann Lee</p>`;

    expect(readByline(dom(body, '<title>Bridge reopens after ten years</title>'))).toEqual([]);
  });

  it('reads rel=author links in page order', () => {
    const body =
      '<p><a rel="author" href="/a">Ann Lee</a> and <a rel="author" href="/b">Bo Chan</a></p>';

    expect(readByline(dom(body))).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('reads a byline element, only its first line', () => {
    const body =
      '<div class="article-byline"><div>By Ann Lee and Bo Chan</div><div>Washington Bureau</div></div>';

    expect(readByline(dom(body))).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('takes a lone By label as pointing to its parent', () => {
    const body =
      '<p><span class="byline-prefix">By</span> <span itemprop="name">Ann Lee</span>, <span itemprop="name">Bo Chan</span></p>';

    expect(readByline(dom(body))).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('skips author boxes (bios, avatars) and single labels', () => {
    const body =
      '<div class="author-bio">Ann writes about bridges.</div><div class="author">Advertisement</div>';

    expect(readByline(dom(body))).toEqual([]);
  });

  it('reads a microdata author whose name is a content attribute, not its affiliation', () => {
    const body =
      '<span itemprop="author" itemscope><link itemprop="name" content="Ann Lee">' +
      '<span itemprop="affiliation" itemscope><meta itemprop="name" content="Bridge University"></span></span>';

    expect(readByline(dom(body))).toEqual(['Ann Lee']);
  });

  it('reads links to author pages inside a byline', () => {
    const body = '<div class="byline">Words: <a href="/author/ann-lee">Ann Lee</a></div>';

    expect(readByline(dom(body))).toEqual(['Ann Lee']);
  });
});

describe('readTextDates', () => {
  it('reads a date-labelled element in German, day first', () => {
    const body =
      '<h1>Brücke eröffnet</h1><p class="post-date">Veröffentlicht am 12. Oktober 2020</p>';

    // Right under the headline: the date the page shows by it.
    expect(readTextDates(dom(body), 'de')[0]).toEqual({
      value: '2020-10-12',
      source: 'text',
      kind: 'published',
      byHeadline: true,
    });
  });

  it('marks an Updated label as the modified date', () => {
    const body =
      '<div class="meta-date">Updated: Apr 08, 2020</div><div class="date">Published Apr 7, 2020</div>';

    expect(readTextDates(dom(body), 'en').map((date) => [date.value, date.kind])).toEqual([
      ['2020-04-08', 'modified'],
      ['2020-04-07', 'published'],
    ]);
  });

  it('reads the date written right after the headline', () => {
    const body = '<article><h1>Bridge opens</h1><p>Ann Lee, 03/04/2021</p><p>Text.</p></article>';

    expect(readTextDates(dom(body), 'en-GB')[0]?.value).toBe('2021-04-03');
  });

  it('falls back to the date the page repeats most', () => {
    const body = '<p>Heute 01.02.2022</p><p>Erstellt 30.01.2022</p><p>30.01.2022</p>';

    expect(readTextDates(dom(body), 'de')[0]?.value).toBe('2022-01-30');
  });

  it('ignores dates inside scripts', () => {
    const body = '<script class="date">var d = "12.10.2020";</script><p>No date.</p>';

    expect(readTextDates(dom(body), 'de')).toEqual([]);
  });
});

describe('HTML title', () => {
  it('prefers the visible headline when it agrees with a shortened og:title', () => {
    const head = '<meta property="og:title" content="Bridge opens after delay | The Post">';
    const body = '<h1>Long-awaited bridge finally opens after years of delay</h1><p>Text.</p>';

    expect(parseHtml(page(head, body)).title).toBe(
      'Long-awaited bridge finally opens after years of delay',
    );
  });

  it('keeps og:title when the h1 is the site name or another story', () => {
    const head =
      '<meta property="og:title" content="Bridge opens"><meta property="og:site_name" content="The Post">';
    const body = '<h1>The Post</h1><h1>Weather warning for Friday</h1><p>Text.</p>';

    expect(parseHtml(page(head, body)).title).toBe('Bridge opens');
  });

  it('drops underscore-joined section and site names', () => {
    const head = '<title>一座新桥今天正式通车了_城市_新闻网</title>';

    expect(parseHtml(page(head, '<p>Text.</p>')).title).toBe('一座新桥今天正式通车了');
  });
});

describe('HTML title site names learned from the address', () => {
  it('drops a trailing title part that is the domain name when no site name is stated', () => {
    const head =
      '<title>Bridge reopens after ten years - Daily Bridge</title>' +
      '<link rel="canonical" href="https://www.dailybridge.co.uk/news/bridge">';

    expect(parseHtml(page(head, '<p>Text.</p>')).title).toBe('Bridge reopens after ten years');
  });

  it('keeps a title part that only shares words with the domain', () => {
    const head =
      '<title>Bridge reopens - a daily story</title>' +
      '<link rel="canonical" href="https://dailybridge.com/news/bridge">';

    expect(parseHtml(page(head, '<p>Text.</p>')).title).toBe('Bridge reopens - a daily story');
  });
});
