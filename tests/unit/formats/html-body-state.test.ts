import { describe, expect, it } from 'vitest';
import { richTextParagraphs } from '#shared/formats/html/body/rich-text.ts';
import { extractHtmlBody } from '#shared/formats/html/body.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';

const sentence = (topic: string, n: number) =>
  `The ${topic} report, number ${n}, says the council met on Tuesday, heard from residents, and agreed to act before the winter season.`;

const story = (topic: string, count: number) =>
  Array.from({ length: count }, (_, n) => sentence(topic, n + 1));

/** An app shell: an empty mount point, the story only in a script. */
const shell = (script: string, title = 'Harbour plan') =>
  `<!doctype html><html><head><title>${title} | The Daily</title></head><body><div id="root"></div>${script}</body></html>`;

const paragraphsOf = (html: string) =>
  extractHtmlBody(parseHtmlDocument(html)).flatMap((section) => section.paragraphs);

describe('the body of an app shell, read from its script state', () => {
  it('reads an HTML body field from a JSON data script', () => {
    const data = {
      props: {
        pageProps: {
          article: {
            body: story('harbour', 4)
              .map((p) => `<p>${p}</p>`)
              .join(''),
          },
        },
      },
    };
    const html = shell(
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`,
    );

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual(story('harbour', 4));
  });

  it('reads a rich-text tree assigned to a window variable, the page story before a cached one', () => {
    const tree = (topic: string) =>
      story(topic, 4).map((p) => ({ type: 'p', children: [{ type: 'text', data: p }] }));
    const state = {
      'Article:1': {
        headline: 'Bridge repairs',
        'body({"rows":4})': { type: 'json', json: tree('bridge') },
      },
      'Article:2': {
        headline: 'Harbour plan',
        'body({"rows":4})': { type: 'json', json: tree('harbour') },
      },
    };
    const html = shell(`<script>window.__APOLLO_STATE__=${JSON.stringify(state)};</script>`);

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual(story('harbour', 4));
  });

  it('finds the body inside a wrapper field named like one (content > article > body)', () => {
    const body = story('harbour', 4)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const data = { props: { content: { article: { headline: 'Harbour plan', body } } } };
    const html = shell(`<script type="application/json">${JSON.stringify(data)}</script>`);

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual(story('harbour', 4));
  });

  it('never runs a script that is code rather than a literal', () => {
    const html = shell(
      `<script>window.__STATE__ = build({ body: "${sentence('harbour', 1)}" });</script>`,
    );

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual([]);
  });

  it('leaves out a short description field: a story comes in paragraphs', () => {
    const data = { page: { content: sentence('harbour', 1).repeat(5) } };
    const html = shell(`<script type="application/json">${JSON.stringify(data)}</script>`);

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual([]);
  });

  it('prefers the HTML story when the page has one', () => {
    const data = {
      article: {
        body: story('bridge', 4)
          .map((p) => `<p>${p}</p>`)
          .join(''),
      },
    };
    const visible = story('harbour', 4)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const html = shell(
      `<article>${visible}</article><script type="application/json">${JSON.stringify(data)}</script>`,
    );

    const paragraphs = paragraphsOf(html);

    expect(paragraphs).toEqual(story('harbour', 4));
  });
});

describe('richTextParagraphs', () => {
  it('reads Contentful, Portable Text and Draft.js blocks as paragraphs', () => {
    const contentful = {
      nodeType: 'document',
      content: [
        {
          nodeType: 'paragraph',
          content: [
            { nodeType: 'text', value: 'One ' },
            { nodeType: 'hyperlink', content: [{ nodeType: 'text', value: 'link' }] },
            { nodeType: 'text', value: ' here.' },
          ],
        },
      ],
    };
    const portable = [{ _type: 'block', children: [{ _type: 'span', text: 'Two.' }] }];
    const draft = { blocks: [{ key: 'a', type: 'unstyled', text: 'Three.' }] };

    const paragraphs = [contentful, portable, draft].flatMap(richTextParagraphs);

    expect(paragraphs).toEqual(['One link here.', 'Two.', 'Three.']);
  });

  it('stops at its visit bound on a very long tree', () => {
    const long = Array.from({ length: 60_000 }, (_, n) => ({
      type: 'p',
      children: [{ type: 'text', data: `Line ${n}.` }],
    }));

    const paragraphs = richTextParagraphs(long);

    expect(paragraphs.length).toBeLessThan(60_000);
    expect(paragraphs[0]).toBe('Line 0.');
  });
});
