import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '#shared/formats/document.ts';
import { parseHtml } from '#shared/formats/html/index.ts';
import { readDocument } from '#shared/formats/read-document.ts';
import { buildDocx } from './docx-builder.ts';
import { pdfOf } from './pdf-builder.ts';

const STORY = [
  'The harbour board approved a new breakwater on Tuesday after two years of debate about its cost.',
  'Work is due to start in the spring and to last about eighteen months, the board chairman said.',
  'Fishing crews welcomed the decision, saying storms had damaged boats moored in the outer basin.',
];

const page = (head: string, article: string, htmlAttrs = '') => `<!DOCTYPE html>
<html ${htmlAttrs}><head><title>Breakwater approved</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>${article}</article><footer>Contact us</footer></body></html>`;

const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('\n');

const documentOf = (bytes: string, key: string): ParsedDocument => {
  const read = readDocument(strToU8(bytes), { key });
  if (read.kind === 'document') return read.document;
  if (read.kind === 'items' && read.items[0]?.result.kind === 'document')
    return read.items[0].result.document;
  throw new Error(JSON.stringify(read));
};

describe('HTML page facts', () => {
  it("reads the story's pictures: lazy sources, figure captions, no pixels or data URIs", () => {
    const doc = parseHtml(
      page(
        '<link rel="canonical" href="https://port.example.com/news/breakwater">',
        `<p>${STORY[0]}</p>
        <figure><img src="data:image/gif;base64,AAAA" data-src="/img/basin.jpg">
          <figcaption>The outer basin. <span class="credit">Photo: Ivo Kern</span></figcaption></figure>
        <img src="https://ads.example.net/p.gif" width="1" height="1">
        <img src="data:image/png;base64,BBBB">
        <p>${STORY[1]}</p><p>${STORY[2]}</p>`,
      ),
    );

    expect(doc.pageFacts?.images).toEqual([
      {
        url: 'https://port.example.com/img/basin.jpg',
        caption: 'The outer basin.',
        credit: 'Ivo Kern',
      },
    ]);
  });

  it('reads licence, next page and direction from links and dir attributes', () => {
    const doc = parseHtml(
      page(
        '<base href="https://port.example.com/archive/"><link rel="next" href="page-2">',
        `${paragraphs}<p><a rel="license nofollow" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a></p>`,
        'dir="rtl"',
      ),
    );

    expect(doc.pageFacts).toMatchObject({
      nextPageUrl: 'https://port.example.com/archive/page-2',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      direction: 'rtl',
    });
  });

  it('reads the paywall from hasPart and the content tier', () => {
    const jsonLd = {
      '@type': 'NewsArticle',
      headline: 'Breakwater approved',
      isAccessibleForFree: false,
      hasPart: [
        { '@type': 'WebPageElement', isAccessibleForFree: 'false', cssSelector: '.locked' },
      ],
    };
    const locked = parseHtml(
      page(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`, paragraphs),
    );
    const free = parseHtml(
      page('<meta property="article:content_tier" content="free">', paragraphs),
    );

    expect(locked.pageFacts).toMatchObject({
      isAccessibleForFree: false,
      paywallSelector: '.locked',
    });
    expect(free.pageFacts?.isAccessibleForFree).toBe(true);
  });

  it('states no pictures when the story cannot be located', () => {
    const doc = parseHtml(
      '<html><body><div><img src="https://x.example/a.jpg"></div></body></html>',
    );

    expect(doc.pageFacts?.images).toEqual([]);
  });
});

describe('page facts of other formats', () => {
  it('reads an RSS item picture, its categories as tags, the rights and the date as written', () => {
    const doc = documentOf(
      `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
      <title>Port News</title><copyright>© 2026 Port News</copyright>
      <item><title>Breakwater approved</title><link>https://port.example.com/b</link>
      <pubDate>Tue, 06 Jan 2026 09:00:00 +0000</pubDate><category>Harbour</category>
      <enclosure url="https://port.example.com/b.mp3" type="audio/mpeg" length="1"/>
      <media:content url="https://port.example.com/b.jpg" medium="image"><media:credit>Ivo Kern</media:credit></media:content>
      <description>${STORY.join(' ')}</description></item></channel></rss>`,
      'feed.xml',
    );

    expect(doc.pageFacts).toMatchObject({
      tags: ['Harbour'],
      license: '© 2026 Port News',
      leadImages: [{ url: 'https://port.example.com/b.jpg', credit: 'Ivo Kern' }],
    });
    expect(doc.dates[0]?.raw).toBe('Tue, 06 Jan 2026 09:00:00 +0000');
  });

  it('reads JSON API and front matter spellings', () => {
    const json = documentOf(
      JSON.stringify({
        title: 'Breakwater approved',
        body: STORY.join('\n\n'),
        site_name: 'Port News',
        category: 'Harbour',
        tags: ['boats'],
        featured_image: { url: 'https://port.example.com/b.jpg', caption: 'The basin.' },
      }),
      'a.json',
    );
    const markdown = documentOf(
      `---\ntitle: Breakwater approved\ntags: [boats, storms]\ncategories: [Harbour]\nimage: /img/b.jpg\n---\n\n${STORY.join('\n\n')}\n`,
      'a.md',
    );

    expect(json.pageFacts).toMatchObject({
      siteName: 'Port News',
      section: 'Harbour',
      categories: ['Harbour'],
      tags: ['boats'],
      leadImages: [{ url: 'https://port.example.com/b.jpg', caption: 'The basin.' }],
    });
    expect(markdown.pageFacts).toMatchObject({
      section: 'Harbour',
      categories: ['Harbour'],
      tags: ['boats', 'storms'],
      leadImages: [{ url: '/img/b.jpg' }],
    });
  });

  it('reads wire rights and keywords, and DOCX keywords as tags', () => {
    const nitf = documentOf(
      `<?xml version="1.0"?><nitf><head><docdata><doc.copyright year="2026" holder="Port Wire"/>
      <key-list><keyword key="harbour"/></key-list></docdata></head>
      <body><body.head><hedline><hl1>Breakwater approved</hl1></hedline></body.head>
      <body.content>${paragraphs}</body.content></body></nitf>`,
      'a.xml',
    );
    const docx = readDocument(
      buildDocx({
        paragraphs: STORY.map((text) => ['', text] as const),
        core: { keywords: 'harbour; boats' },
      }),
      { key: 'a.docx' },
    );

    expect(nitf.pageFacts).toMatchObject({ license: '© 2026 Port Wire', tags: ['harbour'] });
    expect(docx.kind === 'document' && docx.document.pageFacts?.tags).toEqual(['harbour', 'boats']);
  });

  it('marks a PDF whose page tree goes on past the page limit as truncated, and only that one', () => {
    const pdfWith = (pageCount: number) => {
      const first = 4;
      const kids = Array.from({ length: pageCount }, (_, i) => `${first + i} 0 R`).join(' ');
      const pages = Array.from(
        { length: pageCount },
        (_, i) => `${first + i} 0 obj << /Type /Page /Parent 2 0 R /Contents 3 0 R >> endobj`,
      );
      const text = 'BT 72 700 Td (The story text of every page.) Tj ET';
      return pdfOf([
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        `2 0 obj << /Type /Pages /Kids [${kids}] /Count ${pageCount} >> endobj`,
        `3 0 obj << /Length ${text.length} >>\nstream\n${text}\nendstream endobj`,
        ...pages,
      ]);
    };
    const factsOf = (pdf: Uint8Array) => {
      const read = readDocument(pdf, { key: 'long.pdf' });
      return read.kind === 'document' ? read.document.pageFacts : read;
    };

    expect(factsOf(pdfWith(2001))).toEqual({ truncated: true });
    expect(factsOf(pdfWith(3))).toBeUndefined();
  });
});
