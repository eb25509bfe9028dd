import { describe, expect, it } from 'vitest';
import { parseHtml } from '#shared/formats/html/read-html.ts';

/** Pages with no `<title>` and no metadata: the headline comes from the headings alone. */
const titleOf = (body: string) =>
  parseHtml(
    `<!doctype html><html lang="en"><head></head><body>${body}<p>The council met on Monday and agreed the plan after a long debate.</p></body></html>`,
  ).title;

describe('the headline of a page that states no title', () => {
  it('passes over an <h1> whose class names it a logo', () => {
    const body =
      '<div class="topbar"><h1 class="topbar__logo--title">Harbour Weekly</h1></div>' +
      '<div class="story"><h1 class="story-hed">Ferry timetable changes from May</h1></div>';

    expect(titleOf(body)).toBe('Ferry timetable changes from May');
  });

  it('passes over an <h1> inside a wrapper whose class names a logo', () => {
    const body =
      '<div class="header__logo-wrap"><a href="/"><h1>Harbour Weekly</h1></a></div>' +
      '<h1>Ferry timetable changes from May</h1>';

    expect(titleOf(body)).toBe('Ferry timetable changes from May');
  });

  it('takes the headline from an <h2> when the only <h1> is the logo', () => {
    const body =
      '<a class="site-logo" href="/"><h1>Harbour Weekly</h1></a>' +
      '<div class="category-title"><h2 class="title">Ferry timetable changes from May</h2></div>';

    expect(titleOf(body)).toBe('Ferry timetable changes from May');
  });

  it('takes an <h2> when the <h1>s are a breadcrumb trail', () => {
    const body =
      '<ol class="breadcrumbs"><li><h1>News</h1></li></ol>' +
      '<header><h2>Ferry timetable changes from May</h2></header>';

    expect(titleOf(body)).toBe('Ferry timetable changes from May');
  });

  it('does not take a short <h2> label for the headline', () => {
    const body = '<h2>Services</h2><h2>Related articles</h2>';

    expect(titleOf(body)).toBeUndefined();
  });

  it('passes over a short first <h1> (a section, a menu label) for a long one after it', () => {
    const body = '<h1>Transport</h1><h1>Ferry timetable changes from May</h1>';

    expect(titleOf(body)).toBe('Ferry timetable changes from May');
  });

  it('keeps a short <h1> when no long one follows', () => {
    const body = '<h1>Ferry strike</h1><h1>Weather</h1>';

    expect(titleOf(body)).toBe('Ferry strike');
  });

  it('keeps a plain first <h1> and a logo word inside a longer class name', () => {
    expect(titleOf('<h1 class="catalogue-title">Ferry timetable changes from May</h1>')).toBe(
      'Ferry timetable changes from May',
    );
  });
});

describe('a <title> worded for search beside the headline shown', () => {
  const pageWith = (head: string, body: string) =>
    parseHtml(
      `<!doctype html><html lang="en"><head>${head}</head><body>${body}<p>The ferry company said on Monday that the new timetable starts in May.</p></body></html>`,
    ).title;
  const h1 = '<h1>Why the Harbour Ferry Now Leaves Twenty Minutes Earlier</h1>';

  it('takes the one <h1> that shares a distinctive word with the only stated <title>', () => {
    expect(pageWith('<title>Ferry timetable changes | Harbour Weekly</title>', h1)).toBe(
      'Why the Harbour Ferry Now Leaves Twenty Minutes Earlier',
    );
  });

  it('takes the <h2> headline, without its kicker, of a page whose only <h1> is a breadcrumb step', () => {
    const body =
      '<ol class="breadcrumbs"><li><h1>Ferry timetable changes</h1></li></ol>' +
      '<header><h2><span class="kicker">Transport</span> Why the Harbour Ferry Now Leaves Earlier</h2></header>';

    expect(
      pageWith('<title>Transport: Ferry timetable changes - Harbour Weekly</title>', body),
    ).toBe('Why the Harbour Ferry Now Leaves Earlier');
  });

  it('does not take an <h2> that shares a word only with the section trail after the host', () => {
    const head =
      '<title>Ferry timetable changes - harbourweekly.example - Business</title>' +
      '<link rel="canonical" href="https://harbourweekly.example/ferry">';
    const body = '<ul><li><h2>Business North and the Coast</h2></li></ul>';

    expect(pageWith(head, body)).toBe('Ferry timetable changes');
  });

  it('keeps the <title> when the <h1> shares no distinctive word with it', () => {
    expect(
      pageWith(
        '<title>Ferry timetable changes | Harbour Weekly</title>',
        '<h1>Our latest news</h1>',
      ),
    ).toBe('Ferry timetable changes');
  });

  it('keeps the <title> when the <h1> is too short to be a headline (a name, a label)', () => {
    expect(
      pageWith('<title>Ferry timetable changes | Harbour Weekly</title>', '<h1>Ferry times</h1>'),
    ).toBe('Ferry timetable changes');
  });

  it('keeps the <title> when several <h1>s compete', () => {
    const body = `<h1>Ferry news from the harbour front</h1>${h1}`;

    expect(pageWith('<title>Ferry timetable changes | Harbour Weekly</title>', body)).toBe(
      'Ferry timetable changes',
    );
  });

  it('leaves pages with an OpenGraph title to the stated titles', () => {
    const head =
      '<title>Ferry timetable changes | Harbour Weekly</title><meta property="og:title" content="Ferry timetable changes">';

    expect(pageWith(head, h1)).toBe('Ferry timetable changes');
  });

  it('passes over headings hidden for screen readers and headings that announce a list', () => {
    const hidden = (className: string) =>
      titleOf(
        `<h1 class="${className}">Navigation and services</h1><nav><a href="/">Home</a></nav>` +
          '<h1>Ferry timetable changes from May</h1>',
      );

    expect(hidden('aural')).toBe('Ferry timetable changes from May');
    expect(hidden('ls-assistive')).toBe('Ferry timetable changes from May');
    expect(hidden('u-visually-hidden')).toBe('Ferry timetable changes from May');
    // Hidden by its wrapper: the site's name kept for search engines above the story.
    expect(
      titleOf(
        '<header class="fontzero no-visible"><h1>Harbour Weekly</h1></header>' +
          '<article><h1>Ferry timetable changes from May</h1></article>',
      ),
    ).toBe('Ferry timetable changes from May');
    expect(
      titleOf(
        '<h1>Read also:</h1><ul><li>Other</li></ul><h1>Ferry timetable changes from May</h1>',
      ),
    ).toBe('Ferry timetable changes from May');
    // A class that hides on one screen size only is no screen-reader label.
    expect(titleOf('<h1 class="mobile-hide">Ferry timetable changes from May</h1>')).toBe(
      'Ferry timetable changes from May',
    );
  });

  it('cuts a topline set after the headline inside its <h1>', () => {
    const h1 =
      '<h1><span>Ferry timetable changes from May</span><span class="sr-only">: </span>' +
      '<small class="c-topline"><span>Date:</span> 26.01.2022 Press release 6/2022</small></h1>';

    expect(titleOf(h1)).toBe('Ferry timetable changes from May');
  });

  it("takes a blog post's entry-title below the blog's name and the day's date", () => {
    const dayAndPost =
      '<h2 class="date-header"><span>Friday, December 23, 2016</span></h2>' +
      '<h3 class="post-title entry-title">Ferry timetable changes from May</h3>';

    expect(titleOf(dayAndPost)).toBe('Ferry timetable changes from May');
    expect(titleOf(`<a class="logo" href="/"><h1>Harbour Notes</h1></a>${dayAndPost}`)).toBe(
      'Ferry timetable changes from May',
    );
    expect(titleOf('<h2>Samstag, 5. Oktober 2013</h2><h2>Die Fähre fährt ab Mai öfter</h2>')).toBe(
      'Die Fähre fährt ab Mai öfter',
    );
  });

  it("takes the one heading classed as the story's headline over an <h1> outside the story", () => {
    const blogName = '<div id="header"><h1>Harbour Notes</h1></div>';
    const widget = '<aside><h1 class="widget-title">Latest book</h1></aside>';
    const post =
      '<div class="post"><h2 class="post-title">Ferry timetable changes from May</h2></div>';

    expect(titleOf(`${blogName}${post}`)).toBe('Ferry timetable changes from May');
    expect(
      titleOf(
        `${widget}<article><h1 class="entry-title">Ferry timetable changes from May</h1></article>`,
      ),
    ).toBe('Ferry timetable changes from May');
    expect(
      titleOf(`${blogName}<h1 class="xyz-article-headline">Ferry timetable changes from May</h1>`),
    ).toBe('Ferry timetable changes from May');
    expect(
      titleOf(
        '<div class="promo"><h1 class="pagetitle">Watch my videos</h1></div>' +
          '<div class="post"><h1 class="storytitle">Ferry timetable changes from May</h1></div>',
      ),
    ).toBe('Ferry timetable changes from May');
  });

  it('keeps the <h1> when the classed headlines head teasers or a related post', () => {
    const teasers =
      '<h3 class="entry-title">Harbour fees rise</h3><h3 class="entry-title">New pier opens</h3>';
    const related =
      '<div class="related"><h2 class="post-title">Five ferry routes to try</h2></div>';

    expect(titleOf(`<h1>Ferry timetable changes from May</h1>${teasers}`)).toBe(
      'Ferry timetable changes from May',
    );
    expect(titleOf(`<article><h1>Ferry timetable changes from May</h1>${related}</article>`)).toBe(
      'Ferry timetable changes from May',
    );
    expect(
      titleOf('<h1>Ferry timetable changes from May</h1><h3 class="card-headline">Pier</h3>'),
    ).toBe('Ferry timetable changes from May');
  });

  it('takes the <h1> of an <article> whose class carries a breadcrumb script hook', () => {
    const body =
      '<article class="article__content-well url-breadcrumb"><div class="article__header">' +
      '<a href="/tech">Tech</a><h1>Ferry timetable changes from May</h1></div></article>';

    expect(titleOf(body)).toBe('Ferry timetable changes from May');
  });
});
