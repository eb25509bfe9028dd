import { describe, expect, it } from 'vitest';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const titleOf = (head: string, body = '') => parseHtml(page(head, `${body}<p>Text.</p>`)).title;
const feed = (title: string) =>
  `<link rel="alternate" type="application/rss+xml" title="${title}" href="/feed">`;

describe('the site name learned from the page itself', () => {
  it('drops a title part that the site’s feeds carry as their name', () => {
    const head = `<title>Ferry timetable changes » Harbour Weekly</title>${feed('Harbour Weekly » Feed')}${feed('Harbour Weekly » Comments Feed')}`;

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('reads the site name after the feed part too (`Politik RSS-Feed - site`)', () => {
    const head = `<title>Ferry timetable changes - harbourweekly.example</title>${feed('Politik RSS-Feed - harbourweekly.example')}${feed('Sport RSS-Feed - harbourweekly.example')}`;

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('does not take a post’s own comment feed title for the site’s name', () => {
    const head = `<title>Ferry timetable changes — Harbour Weekly</title>${feed('Feed for Harbour Weekly »')}${feed('Harbour Weekly » Ferry timetable changes Comments Feed')}`;

    expect(titleOf(head)).not.toBe('Harbour Weekly');
  });

  it("takes the headline from the headings when the <title> is only the site's name", () => {
    const body = '<a href="/">Harbour Weekly</a><h1>Ferry timetable changes from May</h1>';

    expect(titleOf('<title>Harbour Weekly</title>', body)).toBe('Ferry timetable changes from May');
    expect(
      titleOf(
        `<title>Harbour Weekly</title>${feed('Harbour Weekly » Feed')}`,
        '<h1>Ferry timetable changes from May</h1>',
      ),
    ).toBe('Ferry timetable changes from May');
    // With no heading to give one, the site's name is all the page states.
    expect(titleOf('<title>Harbour Weekly</title>', '<a href="/">Harbour Weekly</a>')).toBe(
      'Harbour Weekly',
    );
  });

  it('drops a tail that two stated titles with different heads repeat', () => {
    const head =
      '<title>Ferry times change - Harbour Weekly</title><meta property="og:title" content="Ferry timetable changes from May - Harbour Weekly">';

    expect(titleOf(head)).toBe('Ferry timetable changes from May');
  });

  it('keeps a long shared tail: it is the headline after a site and a section', () => {
    const head =
      '<title>Harbour Online - News - Ferry timetable changes from May</title><meta name="title" content="News - Ferry timetable changes from May">';

    expect(titleOf(head, '<h1>Ferry timetable changes from May</h1>')).toBe(
      'Ferry timetable changes from May',
    );
  });
});

describe('section kickers', () => {
  it('drops a prefix that is the article’s section (article:section)', () => {
    const head =
      '<meta property="og:title" content="Opinion | Why the ferry must run on time"><meta property="article:section" content="Opinion">';

    expect(titleOf(head)).toBe('Why the ferry must run on time');
  });

  it('drops a prefix that is a step of the breadcrumb trail', () => {
    const head = '<meta property="og:title" content="Harbour: Ferry timetable changes from May">';
    const body =
      '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/harbour">Harbour</a></li></ol>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes from May');
  });

  it('drops a prefix that is a step of a JSON-LD BreadcrumbList', () => {
    const trail =
      '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"item":{"@id":"/harbour","name":"Harbour"}}]}';
    const head = `<meta property="og:title" content="Harbour | Ferry timetable changes from May"><script type="application/ld+json">${trail}</script>`;

    expect(titleOf(head)).toBe('Ferry timetable changes from May');
  });

  it('keeps a colon phrase that names no section of the page', () => {
    const head =
      '<meta property="og:title" content="Ferries: the timetable changes from May"><meta property="article:section" content="Local">';

    expect(titleOf(head)).toBe('Ferries: the timetable changes from May');
  });
});

describe('an h1 that is the site, not the story', () => {
  it('skips an h1 in the site’s banner', () => {
    const body =
      '<div class="site-branding"><h1>Harbour Weekly</h1></div><article><h1>Ferry timetable changes from May</h1></article>';

    expect(titleOf('', body)).toBe('Ferry timetable changes from May');
  });

  it('skips an h1 equal to og:site_name however it is spaced or cased', () => {
    const head = '<meta property="og:site_name" content="Harbour Weekly">';
    // A short headline: a long one after a short `<h1>` is taken without the site's name.
    const body = '<h1>HARBOUR-WEEKLY</h1><h1>Ferry strike</h1>';

    expect(titleOf('', body)).toBe('HARBOUR-WEEKLY');
    expect(titleOf(head, body)).toBe('Ferry strike');
  });

  it('does not take an <h1> that shares only the site’s name with the <title>', () => {
    const head = '<title>Ferry timetable changes from May - HarbourWiki</title>';
    const body = '<h1>HarbourWiki HarbourWiki</h1><h2>Ferry timetable changes from May</h2>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes from May');
  });

  it('does not take a page-wide logo class on <body> for a banner', () => {
    const html =
      '<!doctype html><html><head><title>Ferry timetable changes</title></head><body class="wp-custom-logo"><article><h1>Ferry timetable changes</h1><p>Text.</p></article></body></html>';

    expect(parseHtml(html).title).toBe('Ferry timetable changes');
  });
});

describe('the site name learned from what the page shows', () => {
  const canonical = (url: string) => `<link rel="canonical" href="${url}">`;

  it('drops a title part that the page’s home link names (its logo’s alt)', () => {
    const head = '<title>Ferry timetable changes — Harbour Daily News</title>';
    const body = '<a href="/"><img src="/logo.svg" alt="Harbour Daily News"></a>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes');
  });

  it('keeps a title part that only a link to another page names', () => {
    const head = '<title>Ferry timetable changes — Harbour Daily News</title>';
    const body = '<a href="/about"><img src="/logo.svg" alt="Harbour Daily News"></a>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes — Harbour Daily News');
  });

  it('drops the page’s own host written out, and the section trail after it', () => {
    const head = `<title>Ferry timetable changes - hb.example - Front page - Business</title>${canonical('https://hb.example/business/ferry')}`;

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('drops the host written with www. at the end', () => {
    const head = `<title>Ferry timetable changes » www.harbourdaily.example</title>${canonical('https://www.harbourdaily.example/ferry')}`;

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('does not take a link to another site’s home page for this site’s name', () => {
    const head = `<title>Ferry timetable changes — Harbour Daily News</title>${canonical('https://harbourweekly.example/ferry')}`;
    const body = '<a href="https://partner.example/">Harbour Daily News</a>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes — Harbour Daily News');
  });

  it('drops the blog’s name set before the post’s title with a colon', () => {
    const head = `<title>Harbour Notes: Ferry timetable changes</title>${feed('Harbour Notes - Atom')}${feed('Harbour Notes - RSS')}`;

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });
});
