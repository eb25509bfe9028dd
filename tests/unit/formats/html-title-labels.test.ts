import { describe, expect, it } from 'vitest';
import { parseHtml } from '#shared/formats/html/read-html.ts';

/** Pages with poor markup: the headline is read from what the page shows. */
const titleOf = (head: string, body: string) =>
  parseHtml(
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}<p>The ferry company said on Monday that the new timetable starts in May.</p></body></html>`,
  ).title;

const story = '<h2>Ferry timetable changes from May</h2>';

describe('headings that label the page, not the story', () => {
  it('passes over an <h1> whose id names the page category', () => {
    expect(titleOf('', `<h1 id="pagecategory">Events and seminars</h1>${story}`)).toBe(
      'Ferry timetable changes from May',
    );
  });

  it('passes over an <h1> whose class names it a shoulder (kicker) line', () => {
    const body =
      '<h1 class="header-shoulder">Read the harbour news first, every morning</h1>' +
      '<h1 class="main__title">Ferry timetable changes from May</h1>';

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });

  it('passes over a tagline <h1> set before the story’s', () => {
    const body =
      '<h1 class="site-tagline">Harbour Weekly, your town every week</h1>' +
      '<h1>Ferry timetable changes from May</h1>';

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });
});

describe('logos that link home or name the domain', () => {
  const canonical = '<link rel="canonical" href="https://www.harbourweekly.example/ferries/may">';

  it('passes over an <h1> that only links to the home page', () => {
    const body = `<h1><a href="https://www.harbour.example/"><img alt="Harbour"></a>Harbour</h1>${story}`;

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });

  it('passes over an <h1> that is the domain’s name, with or without `The`', () => {
    expect(titleOf(canonical, `<h1>The Harbour Weekly</h1>${story}`)).toBe(
      'Ferry timetable changes from May',
    );
  });

  it('keeps an <h1> that links to its story', () => {
    const body = '<h1><a href="/ferries/may">Ferry timetable changes from May</a></h1>';

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });

  it('takes the <h2> sharing a distinctive word with a search-worded <title> when the <h1>s are logos', () => {
    const body = `<h1><a href="/">Harbour Weekly</a></h1><h1><a href="/">Harbour Weekly</a></h1><h2>Ferry timetable changes from May</h2>`;

    expect(titleOf(`<title>Why your ferry now leaves earlier!</title>${canonical}`, body)).toBe(
      'Ferry timetable changes from May',
    );
  });
});

describe('an <h2> whose class names it the headline', () => {
  it('is taken past menu <h2>s when the <h1> is the logo', () => {
    const body =
      '<h1><a href="/"><img alt="Harbour Weekly"></a></h1>' +
      '<h2>Sections</h2><h2>Ferries</h2><h2>Newsletters</h2><h2>More</h2>' +
      '<h2 class="headline">Ferry timetable changes from May</h2>';

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });

  it('is not a menu’s or a hidden heading’s `headline` class', () => {
    const body =
      '<h1><a href="/"><img alt="Harbour Weekly"></a></h1>' +
      '<h2 class="c-serviceNav__headline">Service menu</h2>' +
      '<h2 class="headline hide">Skip to content</h2>' +
      '<h2>Ferry timetable changes from May</h2>';

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });
});
