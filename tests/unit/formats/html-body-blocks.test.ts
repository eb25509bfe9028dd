import { describe, expect, it } from 'vitest';
import { extractHtmlBody } from '#shared/formats/html/body.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';

const page = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

const sentence = (topic: string, n: number) =>
  `The ${topic} report, number ${n}, says the council met on Tuesday, heard from residents, and agreed to act before the winter season.`;

const story = (topic: string, count: number) =>
  Array.from({ length: count }, (_, n) => `<p>${sentence(topic, n + 1)}</p>`).join('');

const sectionsOf = (html: string) => extractHtmlBody(parseHtmlDocument(page(html)));
const blocksOf = (html: string) => sectionsOf(html).flatMap((section) => section.blocks ?? []);
const paragraphsOf = (html: string) => sectionsOf(html).flatMap((section) => section.paragraphs);

describe('extractHtmlBody blocks', () => {
  it('keeps an embedded post inside a skipped embed widget as a quote with its address', () => {
    const tweet =
      '<figure class="wp-block-embed"><blockquote class="twitter-tweet"><p>Ferry day one.</p>' +
      '<a href="https://x.test/a/status/1">May 1</a></blockquote></figure>';

    const blocks = blocksOf(`<article>${story('ferry', 3)}${tweet}</article>`);

    expect(blocks).toContainEqual({
      type: 'quote',
      text: 'Ferry day one. May 1',
      source: 'embed',
      cite: 'https://x.test/a/status/1',
    });
  });

  it('does not take posts from a sidebar widget inside the skipped region', () => {
    const widget =
      '<div class="sidebar"><div class="widget"><blockquote class="twitter-tweet"><p>Follow us.</p></blockquote></div></div>';

    expect(paragraphsOf(`<article>${story('ferry', 3)}${widget}</article>`)).not.toContain(
      'Follow us.',
    );
  });

  it("keeps a data table's <caption> on its block, its text read as a paragraph as before", () => {
    const data =
      '<table><caption>Ships <b>per</b> port</caption><tr><th>Port</th><th>Ships</th></tr>' +
      '<tr><td>Dover</td><td>12</td></tr></table>';

    const html = `<article>${story('port', 3)}${data}</article>`;

    expect(blocksOf(html).find((block) => block.type === 'table')).toEqual({
      type: 'table',
      rows: [
        ['Port', 'Ships'],
        ['Dover', '12'],
      ],
      header: true,
      caption: 'Ships per port',
    });
    expect(paragraphsOf(html).slice(-3)).toEqual(['Ships per port', 'Port Ships', 'Dover 12']);
  });

  it('keeps data tables as tables and reads layout tables as paragraphs', () => {
    const data =
      '<table><tr><th>Port</th><th>Ships</th></tr><tr><td>Dover</td><td>12</td></tr></table>';
    const layout = `<table role="presentation"><tr><td>${story('layout', 1)}</td></tr></table>`;

    const blocks = blocksOf(`<article>${story('port', 3)}${data}${layout}</article>`);

    expect(blocks.filter((block) => block.type === 'table')).toEqual([
      {
        type: 'table',
        rows: [
          ['Port', 'Ships'],
          ['Dover', '12'],
        ],
        header: true,
      },
    ]);
  });

  it('flattens a nested list into its outer list', () => {
    const list = '<ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul>';

    const blocks = blocksOf(`<article>${story('list', 3)}${list}</article>`);

    expect(blocks).toContainEqual({ type: 'list', ordered: false, items: ['One', 'Two', 'Two a'] });
  });

  it('drops a comment thread even when class names are otherwise distrusted', () => {
    // Short enough that the strict read is retried without trusting class names.
    const html =
      '<div class="story"><p>The ferry will run again from May, the port said on Monday, after a trial.</p>' +
      '<div class="comment-list"><p>Great news, I used it every day of the trial and loved it, truly.</p></div></div>';

    expect(paragraphsOf(html).join(' ')).not.toContain('Great news');
  });

  it('cuts closing company boilerplate from the second half of the text', () => {
    const html = `<article>${story('port', 4)}<h2>About Eastbay Port Authority</h2><p>The authority manages the harbour.</p><p>Media contact: press@example.test</p></article>`;

    const sections = sectionsOf(html);

    expect(sections.map((section) => section.heading)).toEqual([null]);
    expect(paragraphsOf(html)).toHaveLength(4);
  });

  it('keeps an "About" sub-heading that opens the story or names no company', () => {
    const early = `<article><h2>About Eastbay</h2>${story('port', 4)}</article>`;
    const lower = `<article>${story('port', 4)}<h2>About the study</h2><p>It ran a year.</p></article>`;

    expect(sectionsOf(early).map((section) => section.heading)).toEqual(['About Eastbay']);
    expect(paragraphsOf(lower)).toContain('It ran a year.');
  });

  it('keeps a product box inside the story, links and all', () => {
    const box =
      '<div class="product-card widget"><p>Harbour Pass, 68 euros a month.</p><a href="/buy">Buy</a> <a href="/more">More</a></div>';

    expect(paragraphsOf(`<article>${story('pass', 3)}${box}</article>`)).toContain(
      'Harbour Pass, 68 euros a month.',
    );
  });
});
