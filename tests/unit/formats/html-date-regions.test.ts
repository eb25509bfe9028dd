import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { pickDates } from '#shared/extract/dates.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { headerNodes } from '#shared/formats/html/header-dates.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const dayOf = (body: string, head = '') =>
  pickDates(parseHtml(page(body, head)).dates, NOW).publishedDate;

describe('<time datetime> by where it sits', () => {
  it('never takes the <time> of a teaser in a related-articles list', () => {
    const body =
      '<h1>Council approves the new bridge</h1><p>Text of the story.</p><div class="related-stories"><article><a href="/b">Older story</a><time datetime="2019-03-02">March 2</time></article></div>';

    expect(dayOf(body)).toBeUndefined();
  });

  it('never takes the <time> of the page footer', () => {
    const body =
      '<h1>Council approves the new bridge</h1><p>Text of the story.</p><footer><p>Site updated <time datetime="2025-12-30">Dec 30</time></p></footer>';

    expect(dayOf(body)).toBeUndefined();
  });

  it('keeps the <time> of an article’s own footer, where the byline sits', () => {
    const body =
      '<article><h1>Council approves the new bridge</h1><p>Text of the story.</p><footer>By Ann Lee, <time datetime="2021-06-01T09:00:00+02:00">1 June</time></footer></article>';

    expect(dayOf(body)).toBe('2021-06-01');
  });

  it('keeps the date of a contentinfo block inside an element typed as the article', () => {
    const body =
      '<div itemscope itemtype="https://schema.org/NewsArticle"><h1>Council approves the new bridge</h1><span role="contentinfo"><ul class="toolbar"><li class="date" itemprop="datePublished" content="2021-06-01T09:00:00+02:00">1. 6. 2021</li></ul></span><p>Text of the story.</p></div>';

    expect(dayOf(body)).toBe('2021-06-01');
  });

  it('still skips a contentinfo block outside the article', () => {
    const body =
      '<div itemscope itemtype="https://schema.org/NewsArticle"><h1>Council approves the new bridge</h1><p>Text of the story.</p></div><div role="contentinfo"><span itemprop="datePublished" content="2025-12-30">Dec 30</span></div>';

    expect(dayOf(body)).toBeUndefined();
  });

  it('skips microdata dates in a teaser list, keeps the article’s own', () => {
    const body =
      '<h1>Council approves the new bridge</h1><span itemprop="datePublished" content="2021-06-01">1 June 2021</span><p>Text.</p><ul class="teaser-list"><li itemscope><span itemprop="datePublished" content="2018-01-01">Old</span></li></ul>';

    expect(parseHtml(page(body)).dates.map((date) => date.value)).not.toContain('2018-01-01');
    expect(dayOf(body)).toBe('2021-06-01');
  });

  it('keeps the <time> of a layout column named sidebar that holds the article’s date', () => {
    const body =
      '<div class="sidebar"><p class="meta"><time datetime="2022-01-28">28 January 2022</time></p></div><main><h1>Council approves the new bridge</h1><p>Text.</p></main>';

    expect(dayOf(body)).toBe('2022-01-28');
  });

  it('does not read a date in the site navigation as the article’s', () => {
    const body =
      '<nav><span class="date">Archive: 04.05.2011</span></nav><h1>Council approves the new bridge</h1><p>Text.</p>';

    expect(dayOf(body)).toBeUndefined();
  });
});

describe('the headline the header is read around', () => {
  it('is not the site’s logo heading, whose neighbours are the site’s clock', () => {
    const body =
      '<div class="site-branding"><h1>Harbour Weekly</h1><span class="date">Today: 3 May 2024</span></div><article><h1>Ferry timetable changes</h1><p class="date">1 June 2021</p><p>Text.</p></article>';

    expect(dayOf(body)).toBe('2021-06-01');
  });
});

describe('dates the page repeats, when nothing names one', () => {
  it('counts the article’s text, not a comment thread’s dates', () => {
    const comment = '<li>Reply posted 3 May 2021</li>';
    const body = `<h1>Council approves the new bridge</h1><p>The vote on 1 May 2021 was close. On 1 May 2021 the mayor spoke.</p><ol class="comment-list">${comment.repeat(4)}</ol>`;

    expect(dayOf(body)).toBe('2021-05-01');
  });

  it('reads a page made only of posts (a thread) when the rest holds no date', () => {
    const body =
      '<h1>Thread: ferry times</h1><div id="replies"><p>Posted 3 May 2021: the ferry is late.</p><p>Posted 3 May 2021: still late.</p></div>';

    expect(dayOf(body)).toBe('2021-05-03');
  });
});

describe('the header walk near the headline', () => {
  const spentOn = (html: string) => {
    const document = parseHtmlDocument(html);
    const headline = document.children
      .flatMap(function all(node): typeof document.children {
        return 'children' in node ? [node, ...node.children.flatMap(all)] : [node];
      })
      .find((node) => 'name' in node && node.name === 'h1');
    const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);
    const header = withinBudget(DEFAULT_LIMITS, budget, () =>
      headerNodes(headline as Parameters<typeof headerNodes>[0]),
    );
    return { header, used: budget.used };
  };

  it('charges the work budget for what it walks', () => {
    const { header, used } = spentOn(
      page('<h1>Headline</h1><p class="byline">By Ann Lee, 1 June 2021</p><p>Text.</p>'),
    );

    expect(header.text).toContain('1 June 2021');
    expect(used).toBeGreaterThan(0);
  });

  it('stays bounded on a huge flat run of empty elements after the headline', () => {
    const empties = '<i></i>'.repeat(100_000);
    const { header, used } = spentOn(page(`<h1>Headline</h1><div>${empties}</div>`));

    expect(header.nodes.length).toBeLessThanOrEqual(400);
    expect(used).toBeLessThan(100_000);
  });
});

describe('agreement between the shown date and the markup', () => {
  const jsonLd = (published: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","datePublished":"${published}"}</script>`;

  it('gives a UTC instant the day the page shows when the instant falls on it in some zone', () => {
    const body =
      '<h1>Ferry timetable changes</h1><p class="date">2019/3/5</p><p>Text of the story.</p>';
    const picked = pickDates(parseHtml(page(body, jsonLd('2019-03-04T15:00:00Z'))).dates, NOW);

    expect(picked.publishedDate).toBe('2019-03-05');
    expect(picked.publishedAt).toBe('2019-03-04T15:00:00.000Z');
  });

  it('keeps the UTC day when the shown day is further than any zone reaches', () => {
    const body =
      '<h1>Ferry timetable changes</h1><p class="date">2019/3/5</p><p>Text of the story.</p>';

    expect(dayOf(body, jsonLd('2019-03-04T08:00:00Z'))).toBe('2019-03-04');
  });

  it('never moves an instant written with its own offset, nor a date-only value', () => {
    const body =
      '<h1>Ferry timetable changes</h1><p class="date">2019/3/5</p><p>Text of the story.</p>';

    expect(dayOf(body, jsonLd('2019-03-04T23:30:00-05:00'))).toBe('2019-03-04');
    expect(dayOf(body, jsonLd('2019-03-04'))).toBe('2019-03-04');
  });

  it('drops a markup date that both the shown date and other markup contradict', () => {
    const head = `${jsonLd('2018-01-01T09:00:00+01:00')}<meta property="article:published_time" content="2021-06-01T09:00:00+02:00">`;
    const body =
      '<h1>Ferry timetable changes</h1><p class="date">1 June 2021</p><p>Text of the story.</p>';

    expect(dayOf(body, head)).toBe('2021-06-01');
  });

  it('takes the shown date over a <time> in the text that dates something else', () => {
    const body =
      '<h1>Ferry timetable changes</h1><p class="byline">By Ann Lee, 1 June 2021</p><p>The new timetable starts on <time datetime="2021-09-01">1 September</time>, the operator said. More text follows here.</p>';

    expect(dayOf(body)).toBe('2021-06-01');
  });

  it('takes the <time> on the shown day first when the page has several', () => {
    const body =
      '<h1>Ferry timetable changes</h1><p>The timetable starts on <time datetime="2021-09-01">1 September</time>.</p><p class="byline">By Ann Lee, <time datetime="2021-06-01T08:00:00+02:00">1 June 2021</time></p>';
    const picked = pickDates(parseHtml(page(body)).dates, NOW);

    expect(picked.publishedDate).toBe('2021-06-01');
    expect(picked.publishedAt).toBe('2021-06-01T06:00:00.000Z');
  });
});

describe('embedded social posts', () => {
  const prose = '<p>Fans filled the stadium with cardboard figures on Sunday afternoon.</p>';

  it('does not take the date that closes an embedded tweet by the headline', () => {
    const tweet =
      '<figure class="wp-block-embed-twitter wp-block-embed"><div><blockquote class="twitter-tweet"><p>Friendly faces everywhere</p>— Ann Lee (@annlee) <a href="#">September 27, 2020</a></blockquote></div></figure>';
    // The article's date line comes after a few paragraphs, past the byline's reach.
    const body = `<h1>Cut-outs fill the seats</h1>${tweet}${prose.repeat(8)}<p>Posted on September 28, 2020</p>`;

    expect(dayOf(body)).toBe('2020-09-28');
  });

  it('skips the <time> of an embedded Instagram post', () => {
    const post =
      '<blockquote class="instagram-media"><p>A post shared by Ann Lee <time datetime="2018-03-27T07:08:52+00:00">Mar 27, 2018</time></p></blockquote>';
    const body = `<h1>Labels on every photo?</h1>${prose}${post}<p>More text.</p><footer><time datetime="2018-05-23T10:00:00+02:00">23 May 2018</time></footer>`;

    expect(dayOf(`<article>${body}</article>`)).toBe('2018-05-23');
  });
});
