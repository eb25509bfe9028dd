import { describe, expect, it } from 'vitest';
import { pickDates } from '#shared/extract/dates.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { readHeaderDates } from '#shared/formats/html/header-dates.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';

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

  it('reads the dates of an opinion piece whose wrapper is classed `commentary`', () => {
    // The date stands after the text, out of the header's reach.
    const text = `<p>${'The council voted on the bridge. '.repeat(60)}</p>`;
    const body = `<div class="article commentary"><h1>Bridge opens</h1>${text}<p class="date">13. 1. 2020</p></div><div class="comment-list"><p class="date">14. 1. 2020</p><p class="date">14. 1. 2020</p></div>`;

    expect(dayOf(body, '', 'de')).toBe('2020-01-13');
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

describe('the sentence a blog template writes under a post', () => {
  const FILED =
    ' and is filed under <a href="/c/news">News</a>, <a href="/c/town">Town</a>. You can follow any responses to this entry through the <a href="/feed">RSS 2.0</a> feed. Both comments and pings are currently closed.';

  it('reads the day the post was published from a long metadata block', () => {
    const body = `<h2>Summer fair</h2><p>Stalls, music and food for all.</p><p>We met 14 July 2019 to plan it.</p><p class="postmetadata">This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm${FILED}</p>`;

    expect(dayOf(body)).toBe('2019-11-27');
  });

  it('reads it where the verb follows the date', () => {
    const body =
      '<h2>Sommerfest</h2><p>Musik und Essen für alle.</p><p class="postmetadata">Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter <a href="/c">Allgemein</a> abgelegt. Du kannst die Kommentare zu diesem Eintrag durch den <a href="/feed">RSS 2.0</a> Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst dennoch einen Trackback auf deiner Seite einrichten.</p>';

    expect(dayOf(body, '', 'de')).toBe('2019-11-27');
  });

  it('takes no date from a long metadata block that does not say when it was posted', () => {
    const body = `<p class="postmetadata">Last modified on Wednesday, November 27th, 2019${FILED}</p><h2>Summer fair</h2><p>Stalls, music and food for all.</p><p><span class="date">3 March 2019</span></p>`;

    expect(parseHtml(page(body)).dates.map((date) => date.value)).not.toContain('2019-11-27');
    expect(dayOf(body)).toBe('2019-03-03');
  });
});

describe('<time> elements labelled as an update', () => {
  it('does not take a byline’s “last updated” <time> for the publication date', () => {
    const body =
      '<h1>Council approves the new bridge</h1><p class="byline">By <a href="/a/ann">Ann Lee</a> last updated <time datetime="2021-04-04T20:44:00Z">4 April 21</time></p><p>Text of the story.</p>';
    const dates = pickDates(parseHtml(page(body)).dates, NOW);

    expect(dates.publishedDate).not.toBe('2021-04-04');
    expect(dates.modifiedAt).toBe('2021-04-04T20:44:00.000Z');
  });

  it('keeps the publication <time> beside a labelled update', () => {
    const body =
      '<h1>Council approves the new bridge</h1><p><span>Published</span> <time datetime="2021-03-01T09:00:00Z">1 March 2021</time> <span>Updated:</span> <time datetime="2021-04-04T20:44:00Z">4 April 2021</time></p><p>Text of the story.</p>';

    expect(dayOf(body)).toBe('2021-03-01');
  });

  it('reads the label in the <time>’s own text', () => {
    const body =
      '<h1>Council approves the new bridge</h1><p><time datetime="2021-04-04T20:44:00Z">Updated 4 April 2021</time></p><p>Text of the story.</p>';
    const dates = pickDates(parseHtml(page(body)).dates, NOW);

    expect(dates.modifiedAt).toBe('2021-04-04T20:44:00.000Z');
  });
});

describe('dates of other articles', () => {
  it('skips dates in related-article lists inside the header', () => {
    const head = '<meta name="date" content="2020-12-06">';
    const body =
      '<h1>Cuadrado dice adiós</h1><ul class="related-articles"><li><span class="date">05/12/2020</span></li></ul><p>Texto.</p>';

    expect(dayOf(body, head, 'es')).toBe('2020-12-06');
  });
});

describe('teaser cards for other stories', () => {
  const card = (title: string, date: string) =>
    `<div class="box"><div class="item"><a href="/other-story"><img src="x.jpg"></a><div class="caption"><span class="kicker">Region</span><a class="item-title" href="/other-story">${title}</a><div class="item-date">${date}</div></div></div></div>`;
  const cardWithHeading = (title: string, date: string) =>
    `<div class="cell"><h3><a href="/other">${title}</a></h3><p class="meta">${date}</p></div>`;

  it('reads no date out of a card under the byline, before the story’s own', () => {
    const related = card('Flood repairs begin at the old depot', '09.08.2020 u 10:52');
    const withElement = `<div class="story"><h1>Depot reopens after the flood</h1><p>Short text of the story.</p>${related}<div class="entry-date">26.10.2020</div></div>`;
    const withLine = `<div class="story"><h1>Depot reopens after the flood</h1><p>Short text of the story.</p>${related}<p>Ann Lee | 26.10.2020</p></div>`;

    expect(dayOf(withElement, '', 'bs')).toBe('2020-10-26');
    expect(dayOf(withLine, '', 'bs')).toBe('2020-10-26');
  });

  it('passes over cards between a section heading and the story, to the story’s date', () => {
    const cards = [
      cardWithHeading('Orchestra and band light up the stage', 'Sábado, Diciembre 5, 2020'),
      cardWithHeading('Mayor confirms the arrest of a suspect', 'Viernes, Diciembre 4, 2020'),
    ].join('');
    const body = `<h1>Fútbol</h1><div class="column">${cards}</div><div class="node"><h2>Coach says goodbye to his players</h2><div class="field-datetime">Domingo, Diciembre 6, 2020 - 07:32</div><p>Text.</p></div>`;

    expect(dayOf(body, '', 'es')).toBe('2020-12-06');
  });

  it('passes over a card’s <time datetime> above the story, to the story’s own', () => {
    const timedCard = (title: string, datetime: string) =>
      `<div class="module"><h3 class="module-title"><a href="/other">${title}</a></h3><div class="module-date"><span class="post-date"><time datetime="${datetime}">Nov 3, 2023</time></span></div></div>`;
    const strip = [
      timedCard('Robotics programme opens at the university', '2023-11-03T07:56:35+00:00'),
      timedCard('Consultancy names a new board member today', '2023-11-03T07:56:10+00:00'),
    ].join('');
    const body = `<div class="ticker">${strip}</div><div class="post"><h1>Storm closes the harbour</h1><p>Text.</p><time datetime="2023-11-02T15:27:17+00:00">Nov 2, 2023</time></div>`;

    expect(dayOf(body)).toBe('2023-11-02');
  });

  it('keeps a card’s <time datetime> that a time outside the cards also carries', () => {
    const body = `<div class="cell"><h3><a href="/other">Storm closes the harbour for a day</a></h3><time datetime="2023-11-02T15:27:17+00:00">Nov 2</time></div><h1>Harbour reopens</h1><p>Text.</p><div class="byline"><time datetime="2023-11-02T15:27:17+00:00">Nov 2</time></div>`;

    expect(dayOf(body)).toBe('2023-11-02');
  });

  it('keeps the date of a block that holds the headline, whatever it links', () => {
    const body = `<div class="post"><h1>Depot reopens</h1><h2><a href="/section/transport-news">Transport news of the region</a></h2><span class="date">5 March 2025</span></div><p>Text.</p>`;

    expect(dayOf(body)).toBe('2025-03-05');
  });
});

describe('the date shown by the headline against the address', () => {
  it('marks the byline’s date and the header’s date line as shown by the headline', () => {
    const byline = page(
      '<h1>Depot reopens</h1><div class="byline">By Ann Lee, July 9, 2025</div><p>Text.</p>',
    );
    const line = page('<h1>Depot reopens</h1><p>By Ann Lee | July 9, 2025</p><p>Text.</p>');

    for (const html of [byline, line]) {
      const shown = parseHtml(html).dates.find((date) => date.byHeadline);
      expect(shown?.value).toBe('2025-07-09');
    }
  });

  it('marks no date of the page’s text far below the headline', () => {
    const body = `<h1>Depot reopens</h1><p>${'Text of the story. '.repeat(60)}</p><p>July 9, 2025</p>`;

    expect(parseHtml(page(body)).dates.some((date) => date.byHeadline)).toBe(false);
  });
});

describe('the date shown by the headline against the markup', () => {
  const jsonLd = (published: string, modified: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Hydrangea care","datePublished":"${published}","dateModified":"${modified}"}</script>`;

  it('keeps the JSON-LD publication date when the header shows an update', () => {
    const body =
      '<h1>Hydrangea care</h1><div class="timestamp published-date">Updated May 06, 2019</div><p>Text.</p>';

    expect(dayOf(body, jsonLd('2016-08-29T21:54:39Z', '2020-10-01T13:23:47Z'))).toBe('2016-08-29');
  });

  it('keeps the published date when the shown date is the markup’s modified date', () => {
    const head =
      '<meta property="article:published_time" content="2022-01-25"><meta property="article:modified_time" content="2022-01-26">';
    const body =
      '<h1>Waldwege gesperrt</h1><div class="field-online-datum">Mittwoch, 26.01.2022 - 14:30</div><p>Text.</p>';

    expect(dayOf(body, head, 'de')).toBe('2022-01-25');
  });

  it('prefers the shown date to a contradicting plain meta date', () => {
    const head = '<meta name="date" content="2020-04-30">';
    const body =
      '<h1>Mietenstreik in den USA</h1><ul><li class="Date"><time>29.04.2020, 12:01 Uhr</time></li></ul><p>Text.</p>';

    expect(dayOf(body, head, 'de')).toBe('2020-04-29');
  });

  it('does not count the shown date’s own <time datetime> as markup agreeing with it', () => {
    const head = '<meta name="og:article:published_time" content="2022-01-15">';
    const body =
      '<h1>Schneesport mit Rücksicht</h1><ul class="article-meta"><li><time datetime="2022-01-25">25.01.2022</time></li></ul><p>Text.</p>';

    expect(dayOf(body, head, 'de')).toBe('2022-01-25');
  });

  it('keeps the JSON-LD publication date over an unlabelled shown date', () => {
    const body = '<h1>Bridge opens on time</h1><span class="date">Apr 7, 2020</span><p>Text.</p>';

    expect(dayOf(body, jsonLd('2020-04-09T10:00:00Z', '2020-04-09T10:00:00Z'))).toBe('2020-04-09');
  });

  it('reads the header of the heading that matches the page title, not a section h1', () => {
    const body =
      '<header><h1>Fútbol</h1><div class="news-list"><span class="date">05/12/2020</span></div></header><article><h2>Cuadrado dice adiós a Queiroz</h2><span class="date">06/12/2020</span><p>Texto.</p></article>';
    const head =
      '<title>Cuadrado dice adiós a Queiroz | Diario</title><meta name="date" content="2020-12-06">';

    expect(dayOf(body, head, 'es')).toBe('2020-12-06');
  });
});

describe('a date line in the header against unrelated <time>s', () => {
  const prose =
    '<p>The ferry service was first proposed years ago and has been delayed by a lack of funds and by a long planning dispute.</p>';

  it('takes the header’s plain date line over a <time> further down the article', () => {
    const body = `<h1>Ferry returns</h1><p>By Ann Lee · March 5, 2025</p>${prose}<p>Next meeting: <time datetime="2025-04-01T18:00">April 1</time></p>`;

    expect(dayOf(body)).toBe('2025-03-05');
  });

  it('reads no date line out of prose or a dek right under the headline', () => {
    const rest = `${prose.repeat(4)}<p>Posted <time datetime="2025-03-05">5 March</time></p>`;
    const paragraph =
      '<p>The ferry first sailed on 8 August 2009, and after years of disputes over money, boats and routes it sails again from the old pier this spring.</p>';
    const dek = '<p class="standfirst">Crews last sailed on 8 August 2009.</p>';

    expect(dayOf(`<h1>Ferry returns</h1>${paragraph}${rest}`)).toBe('2025-03-05');
    expect(dayOf(`<h1>Ferry returns</h1>${dek}${rest}`)).toBe('2025-03-05');
  });

  it('lets a <time> in the header speak for itself', () => {
    const body = `<h1>Ferry returns</h1><p>By Ann Lee · <time datetime="2025-03-05T09:00:00Z">Wednesday</time></p><p>Photo taken March 1, 2024</p>${prose}`;

    expect(dayOf(body)).toBe('2025-03-05');
  });

  it('takes the date line over a date in a short dek above it', () => {
    const body = `<h1>Ferry returns</h1><p>Crews last sailed on March 3, 2025 without permits</p><p>By Ann Lee | March 5, 2025</p>${prose}`;

    expect(dayOf(body)).toBe('2025-03-05');
  });

  it('reads no date line that a label on the line before gives to an event', () => {
    const body = `<h1>Ferry open day</h1><table><tr><th>Event date:</th><td>April 12, 2025</td></tr></table><p>Posted March 5, 2025 by the harbour office, with the timetable below and the list of piers</p>${prose}`;

    expect(dayOf(body)).toBe('2025-03-05');
  });

  it('reads the header in a column named a sidebar as the article’s own', () => {
    const related =
      '<ul class="related-posts"><li><span class="post-date">1 May 2019</span> Older piece</li></ul>';
    const header = `<div id="sidebar"><header><h1>The first decade</h1>${related}<span class="byline"><time>Sa 13 Jul 2019</time></span></header></div>`;
    const content =
      '<div id="content"><p>The blog started on <a href="/a">8 August 2009</a>, and by <a href="/b">8 August 2009</a> it had its first guest post, which many read.</p></div>';

    expect(dayOf(header + content)).toBe('2019-07-13');
  });

  it('reads no date line out of a range (an offer’s or an event’s period)', () => {
    const byline = '<p>Ann Lee 18.10.2019, 15:07</p>';
    const range = '<p>Offer period: 21.10.2019 – 27.10.2019</p>';

    expect(dayOf(`<h1>Coffee for half price</h1>${byline}${range}${prose}`, '', 'de')).toBe(
      '2019-10-18',
    );
    // A publication line with its update after a dash is no range.
    const both = '<p>Published: 5 March 2025 – Updated 6 March 2025</p>';
    expect(dayOf(`<h1>Ferry returns</h1>${byline}${both}${prose}`)).toBe('2025-03-05');
  });

  it('leaves the publication to the header’s first date when the line is an update', () => {
    const body = `<h1>Ferry returns</h1><p>Updated: March 6, 2025</p>${prose}`;

    expect(dayOf(body)).toBe('2025-03-06');
  });

  it('reads the label before the date line’s date, not an update of the time after it', () => {
    const kindOf = (line: string) =>
      readHeaderDates(parseHtmlDocument(page(`<h1>Ferry returns</h1><p>${line}</p>${prose}`)), {
        dayFirst: false,
      }).shownInText?.kind;

    expect(kindOf('PTI | July 9, 2025 | Updated 08:24 IST')).toBe('published');
    expect(kindOf('Updated: July 9, 2025 | Published July 1, 2025')).toBe('modified');
    expect(kindOf('July 9, 2025 | Updated July 10, 2025')).toBe('modified');
  });

  it('never overrules a JSON-LD publication date', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04T10:00:00-05:00"}</script>';
    const body = `<h1>Ferry returns</h1><p>Since March 5, 2025</p>${prose}`;

    expect(dayOf(body, head)).toBe('2025-03-04');
  });
});

describe('site-specific meta names', () => {
  it('reads a meta date whose name ends in published, uploaded or created', () => {
    const head = '<meta property="photos:uploaded" content="2013-02-16T04:36:36-05:00">';

    expect(dayOf('<h1>Spring in China</h1><p>Text.</p>', head)).toBe('2013-02-16');
  });

  it('reads namespaced publication names: pub_date, publishtime, publicationdate, pdate', () => {
    const body = '<h1>Spring in China</h1><p>Text.</p>';
    const meta = (name: string, value: string) => `<meta name="${name}" content="${value}">`;

    expect(dayOf(body, meta('pub_date', '2017-01-13T21:45:08+00:00'))).toBe('2017-01-13');
    expect(dayOf(body, meta('cxenseparse:recs:publishtime', '2020-07-05T09:06:05+01:00'))).toBe(
      '2020-07-05',
    );
    expect(dayOf(body, meta('prism.publicationDate', '2017-01-30'))).toBe('2017-01-30');
    expect(dayOf(body, meta('pdate', '20200816'))).toBe('2020-08-16');
  });

  it('ignores names that only end like one (`epubdate`, `sub_date`)', () => {
    const body = '<h1>Spring in China</h1><p>Text.</p>';

    expect(dayOf(body, '<meta name="epubdate" content="2017-01-13">')).toBeUndefined();
    expect(dayOf(body, '<meta name="sub_date" content="2017-01-13">')).toBeUndefined();
  });

  it('ignores meta names that merely contain such a word', () => {
    const head = '<meta name="created-by" content="2013-02-16">';

    expect(dayOf('<h1>Spring in China</h1><p>Text.</p>', head)).toBeUndefined();
  });
});

describe('the order of all-numeric dates', () => {
  const body =
    '<h1>Council backs ferry plan</h1><p class="byline">By Ann Lee | 08/11/2023</p><p>Text.</p>';
  const canonical = (url: string) => `<link rel="canonical" href="${url}">`;

  it('reads day first on a page in plain `en` from a British or Irish address', () => {
    expect(dayOf(body, canonical('https://news.example.co.uk/ferry'))).toBe('2023-11-08');
    expect(dayOf(body, canonical('https://www.example.ie/ferry'))).toBe('2023-11-08');
  });

  it('reads month first in plain `en` elsewhere, and in US English whatever the address', () => {
    expect(dayOf(body, canonical('https://news.example.com/ferry'))).toBe('2023-08-11');
    expect(dayOf(body, canonical('https://news.example.co.uk/ferry'), 'en-US')).toBe('2023-08-11');
  });

  it('takes `en_US` (as og:locale writes it) for US English', () => {
    const html = `<!doctype html><html><head><meta property="og:locale" content="en_US"></head><body>${body}</body></html>`;

    expect(pickDates(parseHtml(html).dates, NOW).publishedDate).toBe('2023-08-11');
  });
});
