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

describe('dates the page shows', () => {
  it('prefers the date in the article header to a sidebar date earlier in the page', () => {
    const body =
      '<aside><p class="teaser-date">30.01.2022</p></aside><article><h1>Neuer Spieler</h1><p class="article-date">02.02.2022</p><p>Text.</p></article>';

    expect(dayOf(body, '', 'de')).toBe('2022-02-02');
  });

  it('reads a dated kicker line just above the headline', () => {
    const body =
      '<nav><span class="date">30.01.2022</span></nav><div><p>02.02.2022 10:16 Uhr - Bundesliga</p><h1>Neuer Spieler</h1><p>Text.</p></div>';

    expect(dayOf(body, '', 'de')).toBe('2022-02-02');
  });

  it('does not take the site clock for the article date', () => {
    const body =
      '<p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p><div class="post-date">von r23 » 21.01.2009, 05:42</div><p>Text.</p>';

    expect(dayOf(body, '', 'de')).toBe('2009-01-21');
  });
});
