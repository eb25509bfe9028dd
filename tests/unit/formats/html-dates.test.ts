import { describe, expect, it } from 'vitest';
import { pickDates } from '../../../shared/extract/dates.ts';
import { parseHtml } from '../../../shared/formats/html.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const page = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
/** The day the whole HTML path (markup readers + pickDates) settles on. */
const dayOf = (body: string, head = '', lang = 'en') =>
  pickDates(parseHtml(page(body, head, lang)).dates, NOW).publishedDate;

describe('microdata dates', () => {
  it('reads itemprop=datePublished from the content of an ordinary element', () => {
    const body =
      '<h1>Bridge opens</h1><span itemprop="datePublished" content="2020-04-27T18:50:24+02:00">27.04.2020</span><p>Text.</p>';

    expect(dayOf(body, '', 'de')).toBe('2020-04-27');
  });

  it('skips microdata dates of readers’ comments', () => {
    const body =
      '<h1>Bridge opens</h1><p>Text.</p><div id="comments"><time itemprop="datePublished" content="2021-05-02">two days ago</time></div>';

    expect(dayOf(body)).toBeUndefined();
  });
});
