import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '#shared/formats/html/body/furniture-lines.ts';
import { extractHtmlBody } from '#shared/formats/html/body.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';

const page = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

const sentence = (topic: string, n: number) =>
  `The ${topic} report, number ${n}, says the council met on Tuesday, heard from residents, and agreed to act before the winter season.`;

const story = (topic: string, count: number) =>
  Array.from({ length: count }, (_, n) => sentence(topic, n + 1));

const paragraphsOf = (html: string) =>
  extractHtmlBody(parseHtmlDocument(page(html))).flatMap((section) => section.paragraphs);

describe('extractHtmlBody', () => {
  it('takes the article rather than a longer comment section', () => {
    const article = story('bridge', 4)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const comments = story('reader', 8).map((p) => `<div class="comment"><p>${p}</p></div>`);
    const html = `<div class="post">${article}</div><div id="comments">${comments.join('')}</div>`;

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual(story('bridge', 4));
  });

  it('reads <div> paragraphs as paragraphs when the page has no <p>', () => {
    const divs = story('harbour', 5)
      .map((p) => `<div>${p}</div>`)
      .join('');
    const html = `<div class="menu"><a href="/">Home</a> <a href="/a">About</a></div><div class="text">${divs}</div>`;

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual(story('harbour', 5));
  });

  it('keeps a list and a table that sit inside the article, one row per paragraph', () => {
    const intro = story('budget', 4)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const list = '<ul><li>Roads: repaired first</li><li>Schools: new roofs</li></ul>';
    const table =
      '<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>1.2 million</td></tr></table>';
    const html = `<article>${intro}${list}${table}<p>${sentence('closing', 1)}</p></article>`;

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual([
      ...story('budget', 4),
      'Roads: repaired first',
      'Schools: new roofs',
      'Item Cost',
      'Roads 1.2 million',
      sentence('closing', 1),
    ]);
  });

  it('drops share widgets, related-link lists, ad labels and captions inside the article', () => {
    const paragraphs = story('museum', 4).map((p) => `<p>${p}</p>`);
    const html = [
      '<article>',
      '<div class="share-tools"><a href="/fb">Share on Facebook</a> <span>Email this story to a friend</span></div>',
      paragraphs[0],
      '<p>Advertisement</p>',
      paragraphs[1],
      '<figure><img src="x.jpg"><figcaption>The new wing at night, seen from the river bank.</figcaption></figure>',
      paragraphs[2],
      '<ul><li><a href="/1">Another story about a different museum opening</a></li><li><a href="/2">A third story</a></li></ul>',
      paragraphs[3],
      '</article>',
    ].join('');

    expect(paragraphsOf(html)).toEqual(story('museum', 4));
  });

  it('finds a story kept in an unknown element such as <block>', () => {
    const blocks = story('ferry', 4)
      .map((p) => `<block><p>${p}</p></block>`)
      .join('');
    const html = `<nav><a href="/">Home</a></nav><block class="story">${blocks}</block>`;

    expect(paragraphsOf(html)).toEqual(story('ferry', 4));
  });

  it('continues a paragraph through a custom inline element', () => {
    const text = sentence('clinic', 1);
    const html = `<article><p>${text} See the study (<source-note><a href="/s">1</a></source-note>).</p>${story(
      'clinic',
      4,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</article>`;

    expect(paragraphsOf(html)[0]).toBe(`${text} See the study (1).`);
  });

  it('keeps a wrapper whose class reads like an ad when it holds the whole story', () => {
    const article = story('library', 16)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = `<div class="page-ad-margins"><div class="body">${article}</div><div class="ad-slot"><a href="/ad">Buy now</a></div></div>`;

    expect(paragraphsOf(html)).toEqual(story('library', 16));
  });

  it('joins the chunks of a story split by in-article ads', () => {
    const first = story('stadium', 3)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const second = story('arena', 3)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const chunk = (inner: string) =>
      `<div class="grid"><div class="body-chunk">${inner}</div><div class="rail"></div></div>`;
    const html = `<main>${chunk(first)}<div class="ad"><a href="/x">Sponsored</a></div>${chunk(second)}</main>`;

    expect(paragraphsOf(html)).toEqual([...story('stadium', 3), ...story('arena', 3)]);
  });

  it('starts a section at an <h2> inside the article and skips the <h1>', () => {
    const html = `<article><h1>Headline</h1>${story('park', 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}<h2>What comes next</h2><p>${sentence('park', 3)}</p></article>`;

    const sections = extractHtmlBody(parseHtmlDocument(page(html)));

    expect(sections).toEqual([
      { heading: null, paragraphs: story('park', 2) },
      { heading: 'What comes next', paragraphs: [sentence('park', 3)] },
    ]);
  });

  it('finds no article in a page holding only a short notice without <p>', () => {
    const html = '<nav><a href="/">Home</a></nav><main><div>Nothing here, try again.</div></main>';

    expect(extractHtmlBody(parseHtmlDocument(page(html)))).toEqual([]);
  });

  it('takes the story out of a page wrapper whose links outweigh its text', () => {
    const menu = Array.from(
      { length: 40 },
      (_, n) => `<li><a href="/s/${n}">Section number ${n} of the site</a></li>`,
    );
    const html = `<div class="wrap"><ul>${menu.join('')}</ul><div><p>${sentence('tunnel', 1)}</p><p>${sentence('tunnel', 2)}</p></div></div>`;

    expect(paragraphsOf(html)).toEqual(story('tunnel', 2));
  });

  it('reads an HTML fragment without <html> or <body>', () => {
    const fragment = story('market', 2)
      .map((p) => `<p>${p}</p>`)
      .join('');

    expect(extractHtmlBody(parseHtmlDocument(fragment)).flatMap((s) => s.paragraphs)).toEqual(
      story('market', 2),
    );
  });
});

describe('isFurnitureLine', () => {
  it('flags labels, bylines, credits and bare timestamps', () => {
    const lines = [
      'Advertisement',
      '12 Comments',
      'By Ann Lee and Tom Roe',
      'Photo: Jan Novak / Agency',
      'November 19, 2019, 9:02 AM',
      'Published March 4th, 2026',
      'Follow us on social media for more stories like this one.',
      'Email Ann Lee at ann@post.example or follow her on social media.',
    ];

    expect(lines.filter(isFurnitureLine)).toEqual(lines);
  });

  it('keeps prose that starts with the same words', () => {
    const lines = [
      'By the end of the year, the council expects to have spent 4.2 million on repairs.',
      'The meeting ran until 11:30 on Tuesday, 4 March 2026.',
      'Comments from residents were mostly positive, the mayor said.',
      'Following the vote, the council sent the plan to the regional board.',
    ];

    expect(lines.filter(isFurnitureLine)).toEqual([]);
  });
});
