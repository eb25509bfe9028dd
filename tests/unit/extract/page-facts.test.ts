import { describe, expect, it } from 'vitest';
import { choosePageFacts } from '#shared/extract/page-facts.ts';
import { textDirection } from '#shared/extract/text-direction.ts';
import { webUrl } from '#shared/extract/web-url.ts';

const PAGE = 'https://news.example.com/world/story';
const context = { url: PAGE, language: 'en', body: 'Some story text.' };

describe('webUrl', () => {
  it('keeps absolute http(s) addresses and resolves relative ones against the base', () => {
    expect(webUrl('https://cdn.example.com/a.jpg')).toBe('https://cdn.example.com/a.jpg');
    expect(webUrl('/img/b.jpg', PAGE)).toBe('https://news.example.com/img/b.jpg');
    expect(webUrl('c.jpg', PAGE)).toBe('https://news.example.com/world/c.jpg');
  });

  it('drops other schemes, credentials, control characters and overlong values', () => {
    expect(webUrl('javascript:alert(1)', PAGE)).toBeUndefined();
    expect(webUrl('data:image/gif;base64,R0lGOD', PAGE)).toBeUndefined();
    expect(webUrl('https://user:secret@example.com/a.jpg')).toBeUndefined();
    expect(webUrl('https://example.com/a\u0007.jpg')).toBeUndefined();
    expect(webUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeUndefined();
    expect(webUrl('/relative/without/base')).toBeUndefined();
  });
});

describe('choosePageFacts', () => {
  it('takes the first valid lead candidate, with the caption of another copy of the same file', () => {
    const facts = choosePageFacts(
      {
        leadImages: [
          { url: 'javascript:void(0)' },
          { url: 'https://cdn.example.com/1200x630/harbour.jpg', alt: 'Boats in a harbour' },
          {
            url: 'https://cdn.example.com/full/harbour.jpg',
            caption: 'The harbour at dawn.',
            credit: 'Ann Lee',
          },
        ],
        images: [
          { url: '/img/harbour.jpg' },
          { url: '/img/second.jpg', caption: 'A second picture.' },
        ],
      },
      context,
    );

    expect(facts.leadImage).toEqual({
      url: 'https://cdn.example.com/1200x630/harbour.jpg',
      caption: 'The harbour at dawn.',
      credit: 'Ann Lee',
    });
    expect(facts.images).toEqual([
      facts.leadImage,
      { url: 'https://news.example.com/img/second.jpg', caption: 'A second picture.' },
    ]);
  });

  it('uses alt text as the caption only when no copy of the picture has a caption', () => {
    const facts = choosePageFacts(
      { leadImages: [{ url: 'https://cdn.example.com/a.jpg', alt: 'A quiet street' }] },
      context,
    );

    expect(facts.leadImage).toEqual({
      url: 'https://cdn.example.com/a.jpg',
      caption: 'A quiet street',
    });
  });

  it('falls back to the story picture when nothing else is stated, and lists at most 20', () => {
    const images = Array.from({ length: 30 }, (_, i) => ({ url: `/img/${i}.jpg` }));

    const facts = choosePageFacts({ images }, context);

    expect(facts.leadImage).toEqual({ url: 'https://news.example.com/img/0.jpg' });
    expect(facts.images).toHaveLength(20);
  });

  it('cleans names and terms: markup stripped, duplicates and overlong values dropped', () => {
    const facts = choosePageFacts(
      {
        siteName: ' <b>Harbour</b>  Times ',
        section: 'x'.repeat(500),
        tags: ['Ports', 'ports', '', '<i>Ships</i>'],
        categories: [],
      },
      context,
    );

    expect(facts.siteName).toBe('Harbour Times');
    expect(facts.section).toBeUndefined();
    expect(facts.tags).toEqual(['Ports', 'Ships']);
    expect(facts.categories).toBeUndefined();
  });

  it('keeps a licence URL whole and cuts a long rights text', () => {
    expect(
      choosePageFacts({ license: 'https://creativecommons.org/licenses/by/4.0/' }, context).license,
    ).toBe('https://creativecommons.org/licenses/by/4.0/');
    const long = choosePageFacts(
      { license: `All rights reserved ${'word '.repeat(200)}` },
      context,
    );
    expect(long.license?.length).toBeLessThanOrEqual(300);
  });

  it('drops a next page that is the page itself or not a web address', () => {
    expect(choosePageFacts({ nextPageUrl: PAGE }, context).nextPageUrl).toBeUndefined();
    expect(choosePageFacts({ nextPageUrl: 'mailto:a@b.c' }, context).nextPageUrl).toBeUndefined();
    expect(choosePageFacts({ nextPageUrl: '?page=2' }, context).nextPageUrl).toBe(`${PAGE}?page=2`);
  });

  it('keeps the raw published date to 100 characters, and the paywall as declared', () => {
    const facts = choosePageFacts(
      { isAccessibleForFree: false, paywallSelector: '.premium', truncated: true },
      { ...context, datePublishedRaw: `Monday ${'x'.repeat(200)}` },
    );

    expect(facts.datePublishedRaw?.length).toBeLessThanOrEqual(100);
    expect(facts.isAccessibleForFree).toBe(false);
    expect(facts.paywallSelector).toBe('.premium');
    expect(facts.truncated).toBe(true);
  });

  it('states nothing the file does not declare', () => {
    const facts = choosePageFacts(undefined, { body: '', language: undefined });

    expect(facts).toEqual({});
  });
});

describe('textDirection', () => {
  it('follows a stated dir first, then the language, then the script', () => {
    expect(textDirection('RTL', 'en', 'text')).toBe('rtl');
    expect(textDirection('auto', 'he', 'text')).toBe('rtl');
    expect(textDirection(undefined, 'fa', 'text')).toBe('rtl');
    expect(textDirection(undefined, 'de', 'text')).toBe('ltr');
    expect(textDirection(undefined, undefined, 'שלום עולם, מה שלומך היום')).toBe('rtl');
    expect(textDirection(undefined, undefined, 'Hello world')).toBe('ltr');
    expect(textDirection(undefined, undefined, '12345 !!')).toBeUndefined();
  });
});
