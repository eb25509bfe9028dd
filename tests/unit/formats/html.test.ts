import { describe, expect, it } from 'vitest';
import { parseHtml, stripSiteName } from '#shared/formats/html/read-html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`;

describe('parseHtml', () => {
  it('reads OpenGraph and meta tags', () => {
    const head = [
      '<meta property="og:title" content="Bridge Opens">',
      '<meta property="og:site_name" content="The Post">',
      '<meta name="description" content="A long wait ends.">',
      '<meta name="author" content="Ann Lee">',
      '<meta property="article:author" content="https://social.example/annlee">',
      '<meta property="article:published_time" content="2026-02-03T10:00:00+01:00">',
      '<meta name="keywords" content="bridges, city">',
      '<link rel="canonical" href="https://post.example/bridge">',
    ].join('');

    const doc = parseHtml(page(head, '<p>Text.</p>'));

    expect(doc).toMatchObject({
      title: 'Bridge Opens',
      subtitle: 'A long wait ends.',
      authors: ['Ann Lee'],
      publisher: 'The Post',
      languageHint: 'de',
      keywords: ['bridges', 'city'],
      canonicalUrl: 'https://post.example/bridge',
      dates: [{ value: '2026-02-03T10:00:00+01:00', source: 'meta', kind: 'published' }],
    });
  });

  it('reads JSON-LD when the page has it', () => {
    const jsonLd = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', name: 'The Post' },
        {
          '@type': 'NewsArticle',
          headline: 'Bridge Opens',
          datePublished: '2026-02-03',
          author: [{ name: 'Ann Lee' }],
        },
      ],
    });

    const doc = parseHtml(
      page(`<script type="application/ld+json">${jsonLd}</script>`, '<p>Text.</p>'),
    );

    expect(doc).toMatchObject({
      title: 'Bridge Opens',
      authors: ['Ann Lee'],
      dates: [{ value: '2026-02-03', source: 'json-ld', kind: 'published' }],
    });
  });

  it('salvages the dates from JSON-LD too broken to parse', () => {
    const broken =
      '{"@type": "NewsArticle", "headline": "Bridge \\u00e9", "datePublished": "2026-02-03"}}';

    const doc = parseHtml(
      page(`<script type="application/ld+json">${broken}</script>`, '<p>x</p>'),
    );

    expect(doc.title).toBe('Bridge é');
    expect(doc.dates).toEqual([{ value: '2026-02-03', source: 'json-ld', kind: 'published' }]);
  });

  it('prefers the <h1> when the stated title is the <h1> plus a site name', () => {
    const doc = parseHtml(
      page('<title>Bridge Opens - Post Daily</title>', '<h1>Bridge Opens</h1><p>x</p>'),
    );

    expect(doc.title).toBe('Bridge Opens');
  });

  it('falls back to the <title> without its site suffix, then the first <h1>', () => {
    expect(parseHtml(page('<title>Bridge Opens | The Post</title>', '<p>x</p>')).title).toBe(
      'Bridge Opens',
    );
    expect(parseHtml(page('', '<h1>Bridge Opens</h1><p>x</p>')).title).toBe('Bridge Opens');
  });

  it('takes paragraphs and section headings from the article, skipping furniture and keeping captions apart', () => {
    const body = [
      '<nav><p>Menu</p></nav>',
      '<article><header><p>By Ann Lee</p></header>',
      '<p>First<br>line.</p><figure><figcaption>A photo.</figcaption></figure>',
      '<h2>Later</h2><p>Second.</p><aside><p>Related story</p></aside></article>',
      '<footer><p>Copyright</p></footer>',
    ].join('');

    const doc = parseHtml(page('', body));

    expect(doc.sections).toEqual([
      {
        heading: null,
        paragraphs: ['First line.'],
        blocks: [
          { type: 'paragraph', text: 'First line.' },
          { type: 'figure', caption: 'A photo.' },
        ],
      },
      { heading: 'Later', paragraphs: ['Second.'] },
    ]);
  });

  it('falls back to long runs of text when the page has no <p>', () => {
    const long =
      'This sentence is long enough to be article text rather than a menu label or a button.';
    const body = `<div><a href="/">Home</a></div><div>${long}<br><br>${long} <b>Still</b> the same run.</div>`;

    const doc = parseHtml(page('', body));

    expect(doc.sections).toEqual([
      { heading: null, paragraphs: [long, `${long} Still the same run.`] },
    ]);
  });

  it('reads a <time datetime> when no meta date is given', () => {
    const doc = parseHtml(
      page('', '<article><time datetime="2026-02-03">3 Feb</time><p>x</p></article>'),
    );

    expect(doc.dates).toEqual([{ value: '2026-02-03', source: 'time-element', kind: 'published' }]);
  });
});

describe('stripSiteName', () => {
  it('drops a known site name after a separator', () => {
    expect(stripSiteName('Bridge Opens - The Post', 'The Post')).toBe('Bridge Opens');
  });

  it('drops a known site name before a separator', () => {
    expect(stripSiteName('The Post | Bridge Opens', 'The Post')).toBe('Bridge Opens');
  });

  it('drops a known site name after a full-width bar', () => {
    expect(stripSiteName('橋が開通 ｜ 港新聞', '港新聞')).toBe('橋が開通');
  });

  it('keeps a dash that is part of the title when no site name matches', () => {
    expect(stripSiteName('Bridge Opens - Ten Years Late', undefined)).toBe(
      'Bridge Opens - Ten Years Late',
    );
  });
});
