import { describe, expect, it } from 'vitest';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const titleOf = (head: string, body: string) => parseHtml(page(head, `${body}<p>Text.</p>`)).title;

describe('choosing the HTML title', () => {
  it('looks past logo headings that only name the site', () => {
    const head =
      '<meta property="og:title" content="‘Bridge’: A Long Wait"><meta property="og:site_name" content="The Post">';
    const logos = '<h1>The Post</h1>'.repeat(4);

    expect(titleOf(head, `${logos}<h1>Bridge: A Long Wait</h1>`)).toBe('Bridge: A Long Wait');
  });

  it('prefers the heading marked itemprop=headline that repeats og:title over a short alt h1', () => {
    const head =
      '<title>Bridge Mistakes | The Post</title><meta property="og:title" content="The 5 Biggest Bridge Mistakes Towns Make">';
    const body =
      '<h1 class="alt-title">Bridge Mistakes</h1><h2 itemprop="headline">The 5 Biggest Bridge Mistakes Towns Make</h2>';

    expect(titleOf(head, body)).toBe('The 5 Biggest Bridge Mistakes Towns Make');
  });

  it('takes an h2 that repeats a title meta when the h1 is only the logo', () => {
    const head =
      '<meta property="og:title" content="You Will Not Believe What the Council Did"><meta name="sailthru.title" content="Council Votes to Close the Old Bridge">';
    const body =
      '<h1>The Post</h1><article><h2>Council Votes to Close the Old Bridge</h2></article>';

    expect(titleOf(head, body)).toBe('Council Votes to Close the Old Bridge');
  });

  it('takes an h2 that continues og:title with a subtitle', () => {
    const head = '<meta property="og:title" content="Security Forum 2019">';
    const body = '<h1>Events</h1><h2>Security Forum 2019<br>From defence to detection</h2>';

    expect(titleOf(head, body)).toBe('Security Forum 2019 From defence to detection');
  });

  it('drops the kicker set before the headline inside the heading', () => {
    const head = '<meta property="og:title" content="Genetics: The secret of the giant flower">';
    const body =
      '<h2><span class="content__kicker">Genetics</span><span class="sr-only">: </span><span>The secret of the giant flower</span></h2>';

    expect(titleOf(head, body)).toBe('The secret of the giant flower');
  });

  it('skips an h1 that is the last step of a breadcrumb trail', () => {
    const head = '<meta property="og:title" content="Bridge opens at last">';
    const body =
      '<ol class="breadcrumbs"><li><h1>Bridge opens at last</h1></li></ol><h2 itemprop="headline">Bridge opens at last, ten years late</h2>';

    expect(titleOf(head, body)).toBe('Bridge opens at last, ten years late');
  });

  it("keeps an h1 when 'breadcrumb' is only in a page-wide class or far above it", () => {
    const flagged =
      '<body class="theme f_breadcrumbs_on"><main><h1>Bridge opens at last, ten years late</h1></main></body>';
    const far =
      '<div class="breadcrumb-layout"><div><div><div><div><div><div><h1>Bridge opens at last, ten years late</h1></div></div></div></div></div></div></div>';

    expect(titleOf('', flagged)).toBe('Bridge opens at last, ten years late');
    expect(titleOf('', far)).toBe('Bridge opens at last, ten years late');
  });

  it('drops a site name written as the domain in og:site_name', () => {
    const head =
      '<meta property="og:title" content="Bridge opens at last - La Posta"><meta property="og:site_name" content="laposta.it">';

    expect(titleOf(head, '<h1>Menu</h1>')).toBe('Bridge opens at last');
  });

  it('takes an h2 that heads the stated title before the site name', () => {
    const head = '<title>Bridge opens at last - Town Forum</title>';

    expect(titleOf(head, '<h2>Bridge opens at last</h2>')).toBe('Bridge opens at last');
  });

  it('ignores an h2 that only contains the title after a date', () => {
    const head = '<meta property="og:title" content="The Most Beautiful End of the World">';
    const body = '<h1>Why not now</h1><h2>Jun 17 The Most Beautiful End of the World</h2>';

    expect(titleOf(head, body)).toBe('The Most Beautiful End of the World');
  });

  it('does not take a section h1 for the headline of "Section - Headline"', () => {
    const head = '<meta name="title" content="Announcements - New Tobacco Tax Law Published">';
    const body = '<h1>Announcements</h1><h1>New Tobacco Tax Law Published</h1>';

    expect(titleOf(head, body)).toBe('New Tobacco Tax Law Published');
  });

  it('still reads a short h1 before a short site name as the headline', () => {
    const head = '<title>atg 1700 - Pastebin.com</title>';

    expect(titleOf(head, '<h1>atg 1700</h1>')).toBe('atg 1700');
  });
});
