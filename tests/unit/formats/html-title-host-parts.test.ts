import { describe, expect, it } from 'vitest';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const titleOf = (head: string, body = '') => parseHtml(page(head, `${body}<p>Text.</p>`)).title;

describe('a title part that names the site by its address', () => {
  it('drops a trailing part written as a domain, with no address of the page known', () => {
    const head = '<title>Ferry timetable changes — www.harbourweekly.example</title>';

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('drops a trailing part ending in a common top-level domain', () => {
    const head = '<title>Ferry timetable changes - HarbourWeekly.com</title>';

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('keeps a part that only looks like a file or product name', () => {
    const head = '<title>Ferry timetables - Node.js</title>';

    expect(titleOf(head)).toBe('Ferry timetables - Node.js');
  });

  it('takes the headline from the headings when the <title> is only a domain', () => {
    const head = '<title>www.harbourweekly.example</title>';
    const body = '<h1>Ferry timetable changes from May</h1>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes from May');
  });
});

describe('a title part that opens with the name the host spells', () => {
  it('drops the site name followed by a legal form', () => {
    const head =
      '<title>Ferry timetable changes – HARBOUR e.V.</title>' +
      '<link rel="canonical" href="https://www.harbour.example/news/ferry">';

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('drops the site name followed by a country, the host learned from <base href>', () => {
    const head =
      '<base href="https://www.harbourweekly.example/">' +
      '<title>Ferry timetable changes - Harbour Weekly Deutschland</title>';

    expect(titleOf(head)).toBe('Ferry timetable changes');
  });

  it('keeps a part whose first word only starts like the host', () => {
    const head =
      '<title>Ferry timetable changes - Harbourside tales</title>' +
      '<link rel="canonical" href="https://harbour.example/news/ferry">';

    expect(titleOf(head)).toBe('Ferry timetable changes - Harbourside tales');
  });
});

describe('a stated title that names no story', () => {
  it('takes the marked headline when the <title> is the site and a section label', () => {
    const head = '<title>www.harbourweekly.example | Detail</title>';
    const body =
      '<h3 itemprop="headline">Ferry timetable changes from May</h3><h3>Related news</h3>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes from May');
  });

  it('takes the <h1> when the <title> is a one-word section and the site', () => {
    const head = '<title>Events | HARBOUR</title>';
    const body = '<h1>Ferry timetable changes from May</h1>';

    expect(titleOf(head, body)).toBe('Ferry timetable changes from May');
  });

  it('keeps a short title when the page shows no long headline', () => {
    const head = '<title>Events | HARBOUR</title>';

    expect(titleOf(head, '<h1>Events</h1>')).toBe('Events');
  });
});
