import { describe, expect, it } from 'vitest';
import { readAuthorLink } from '#shared/formats/html/author-links.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';

const dom = (body: string) =>
  parseHtmlDocument(`<!doctype html><html><head></head><body>${body}</body></html>`);

describe('readAuthorLink', () => {
  it('trusts an author link whose text is its own slug, even a team name', () => {
    const body = '<a href="/authors/smart-shopping-team">Smart Shopping Team</a><p>Text.</p>';

    expect(readAuthorLink(dom(body))).toEqual(['Smart Shopping Team']);
  });

  it('reads a member link named after its slug, keeping a u/ handle as written', () => {
    expect(readAuthorLink(dom('<a href="/u/EvilSpark">EvilSpark</a>'))).toEqual(['EvilSpark']);
    expect(readAuthorLink(dom('<a href="/user/benyacobi/">u/benyacobi</a>'))).toEqual([
      'u/benyacobi',
    ]);
  });

  it('skips account links, author indexes and licence links', () => {
    const body =
      '<a href="/user/login">Login</a><a href="/users/register">Register</a><a href="/authors/">Authors</a>' +
      '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">Creative Commons License</a>' +
      '<a href="https://creativecommons.org/licenses/by/3.0/">CC BY</a>';

    expect(readAuthorLink(dom(body))).toEqual([]);
  });

  it('wants a full name from an author link whose text is not its slug', () => {
    const body = '<a href="/author/42">Ann</a><a href="/author/43">Ann Lee</a>';

    expect(readAuthorLink(dom(body))).toEqual(['Ann Lee']);
  });

  it('falls back to the provider a news portal credits', () => {
    const body = '<span class="provider"><span class="provider-name">Bridge News</span></span>';

    expect(readAuthorLink(dom(body))).toEqual(['Bridge News']);
  });
});
