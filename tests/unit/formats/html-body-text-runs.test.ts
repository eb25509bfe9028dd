import { describe, expect, it } from 'vitest';
import { measureTree } from '#shared/formats/html/body/node-stats.ts';
import { extractHtmlBody } from '#shared/formats/html/body.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { articlesOf, buildObject } from '#shared/pipeline/build-record.ts';

const page = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

/** A plain sentence without commas: length is what it scores by. */
const line = (topic: string, n: number) =>
  `The ${topic} crews worked through night ${n} to clear the road near the old mill and the school before the first buses came along the valley.`;

const lines = (topic: string, count: number) =>
  Array.from({ length: count }, (_, n) => line(topic, n + 1));

const paragraphsOf = (html: string) =>
  extractHtmlBody(parseHtmlDocument(page(html))).flatMap((section) => section.paragraphs);

const statusOf = (html: string): string => {
  const bytes = new TextEncoder().encode(page(html));
  const built = buildObject({
    bytes,
    source: { bucket: 'b', key: 'page.html', sequencer: '1', size: bytes.length },
    now: new Date('2026-01-15T12:00:00Z'),
  });
  const [record] = articlesOf(built);
  return record?.status === 'rejected' ? `rejected:${record.reason}` : String(record?.status);
};

describe('text runs of elements without <p>', () => {
  it('splits an element’s own text at blank lines and block children, not at one <br>', () => {
    const document = parseHtmlDocument(
      page(
        '<div id="t">One line<br>same paragraph<br><br>Second <b>one</b><div>x</div>Third</div>',
      ),
    );
    const stats = measureTree(document, { useMarks: true });
    const div = [...stats.entries()].find(([element]) => element.attribs.id === 't');

    expect(div?.[1].runs.map((run) => run.chars)).toEqual([
      'One line same paragraph'.length - 1,
      'Second one'.length,
      'Third'.length,
    ]);
  });

  it('scores a <br>-separated story by its paragraphs, above a column of short <p> notes', () => {
    const story = lines('road', 6).join('<br><br>');
    const notes = Array.from(
      { length: 6 },
      (_, n) =>
        `<p>Market stalls open at nine on day ${n + 1} near the square. <a href="/m">Details</a></p>`,
    ).join('');
    const html = `<div id="left"><div id="words">${story}</div></div><div id="right">${notes}</div>`;

    expect(paragraphsOf(html)).toEqual(lines('road', 6));
  });

  it('reads text written straight into an <article>, beside its headline and byline', () => {
    const [first, second, third] = lines('bridge', 3);
    const html = `<article><h1>Bridge opens</h1><div class="byline">By Ana Ruiz</div>${first}<br><br>${second}<section>${third}</section></article>`;

    expect(paragraphsOf(html)).toEqual(lines('bridge', 3));
  });
});

describe('pages whose only text is not in <p>', () => {
  it('keeps a video page whose story is a one-sentence description in a <div>', () => {
    const html =
      '<main><h1>Watch the beach clean-up</h1><div class="player"><video src="/v.mp4"></video></div>' +
      '<div class="desc">Two hundred volunteers cleared the town beach on Sunday.</div></main>';

    expect(statusOf(html)).toBe('ingested');
  });

  it('still rejects a short label, a notice and an error message', () => {
    for (const text of [
      'Try the search box above.',
      'Sorry, the page you are looking for could not be found.',
      'Please enable JavaScript in your browser to view this site.',
      'Home News Sport Weather Contact us today',
    ]) {
      expect(statusOf(`<main><h1>Oops</h1><div>${text}</div></main>`), text).toBe(
        'rejected:no-article',
      );
    }
  });
});
