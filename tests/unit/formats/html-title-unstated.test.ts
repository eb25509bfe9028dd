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

  it('keeps a plain first <h1> and a logo word inside a longer class name', () => {
    expect(titleOf('<h1 class="catalogue-title">Ferry timetable changes from May</h1>')).toBe(
      'Ferry timetable changes from May',
    );
  });
});
