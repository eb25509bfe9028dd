import { describe, expect, it } from 'vitest';
import { readMark } from '#shared/formats/html/body/vocabulary.ts';
import { extractHtmlBody } from '#shared/formats/html/body.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';

const page = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

const sentence = (topic: string, n: number) =>
  `The ${topic} report, number ${n}, says the council met on Tuesday, heard from residents, and agreed to act before the winter season.`;

const paragraphsOf = (html: string) =>
  extractHtmlBody(parseHtmlDocument(page(html))).flatMap((section) => section.paragraphs);

/**
 * A story beside a column of teaser links inside a wrapper whose class names it content:
 * the wrapper outscores the story's own <article>, yet is mostly links.
 */
const storyInRiver = () => {
  const story = `<article><div class="info">December 19, 2016 by <a href="/a/ann">Ann Lee</a>, staff</div><div class="post-content"><p>${sentence('harbour', 1)}</p></div></article>`;
  const teasers = Array.from(
    { length: 6 },
    (_, n) =>
      `<div class="card"><a href="/s/${n}">Another story about the city budget ${n}</a></div>`,
  ).join('');
  return `<div id="wrap"><section id="content"><div class="main-content">${story}${teasers}</div></section></div>`;
};

describe('choosing the story element', () => {
  it('does not climb from the story into a surrounding river of teaser links', () => {
    const paragraphs = paragraphsOf(storyInRiver());

    expect(paragraphs).toContain(sentence('harbour', 1));
  });

  it('reads through microdata <meta> and <link> tags: they render nothing', () => {
    const html = `<article><p><span>${sentence('harbour', 1)} </span><meta itemprop="author" content="Ann Lee"><link itemprop="url" href="/a/ann"><span>${sentence('harbour', 2)}</span></p><p>${sentence('harbour', 3)}</p></article>`;

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual([
      `${sentence('harbour', 1)} ${sentence('harbour', 2)}`,
      sentence('harbour', 3),
    ]);
  });

  it('reads Tailwind variant and selector utilities as styling, not as what the element is', () => {
    const [element] = parseHtmlDocument(
      '<div class="article-text lg:hidden [&_.image-caption_p]:mb-0 [&_h2:empty]:hidden"></div>',
    ).children;

    const verdict = element !== undefined && 'attribs' in element ? readMark(element) : undefined;

    expect(verdict).toBe('story');
  });

  it('keeps a story whose container styles its captions with a selector utility', () => {
    const text = [1, 2, 3].map((n) => `<div><p>${sentence('harbour', n)}</p></div>`).join('');
    const html = `<article><div class="font-light [&_.image-caption_p]:mb-0">${text}</div></article>`;

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual([1, 2, 3].map((n) => sentence('harbour', n)));
  });

  it('stops weighing class names on the retry, so a story-named lede does not outweigh the story', () => {
    const lede = `<div class="article-lead"><p>${sentence('lede', 0)}</p></div>`;
    const text = [1, 2, 3].map((n) => `<div><p>${sentence('harbour', n)}</p></div>`).join('');
    const html = `<div class="page">${lede}<div class="body-text share-styles">${text}</div></div>`;

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual([
      sentence('lede', 0),
      ...[1, 2, 3].map((n) => sentence('harbour', n)),
    ]);
  });
});
