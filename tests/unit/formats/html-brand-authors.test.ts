import { describe, expect, it } from 'vitest';
import { isSiteWithSlogan } from '#shared/formats/html/brand-names.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const pageWithOrganisationAuthor = (author: string) =>
  parseHtml(
    '<!doctype html><html><head><meta property="og:site_name" content="Harbourline">' +
      '<script type="application/ld+json">' +
      JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Ferries return',
        author: { '@type': 'Organization', name: author },
      }) +
      '</script></head><body><h1>Ferries return</h1><p>The ferries are back.</p></body></html>',
  );

describe('the brand taken as author', () => {
  it('reads the site written out with its slogan as no writer', () => {
    // Arrange
    const author = 'Harbourline - the coast news site | Harbourline News Agency';

    // Act
    const parsed = pageWithOrganisationAuthor(author);

    // Assert
    expect(parsed.authors).toEqual([]);
  });

  it('keeps another organisation credited as the author', () => {
    const parsed = pageWithOrganisationAuthor('Coastal Research Trust');

    expect(parsed.authors).toEqual(['Coastal Research Trust']);
  });

  it('tells the site with a slogan from a name with a dash', () => {
    expect(isSiteWithSlogan('Harbourline | Coast News', 'Harbourline')).toBe(true);
    expect(isSiteWithSlogan('Harbourline', 'Harbourline')).toBe(false);
    expect(isSiteWithSlogan('Coast Desk - Harbourline', 'Harbourline')).toBe(false);
  });
});
