import { describe, expect, it } from 'vitest';
import { parseJsonArticle } from '../../../shared/formats/json-article.ts';
import { MalformedInputError } from '../../../shared/formats/malformed.ts';

const json = (value: unknown): string => JSON.stringify(value);

describe('parseJsonArticle', () => {
  it('reads headline, byline string, pubDate and text body split on blank lines', () => {
    const doc = parseJsonArticle(
      json({
        headline: 'Bridge reopens',
        byline: 'By Ana Ruiz',
        pubDate: 'Tue, 04 Nov 2025 08:00:00 GMT',
        text: 'First paragraph\nstill first.\n\nSecond paragraph.',
      }),
    );

    expect(doc).toMatchObject({
      format: 'json',
      title: 'Bridge reopens',
      authors: ['By Ana Ruiz'],
      dates: [{ value: 'Tue, 04 Nov 2025 08:00:00 GMT', source: 'meta', kind: 'published' }],
      sections: [
        { heading: null, paragraphs: ['First paragraph still first.', 'Second paragraph.'] },
      ],
    });
  });

  it('reads WordPress REST shapes: rendered title and content, date_gmt-style fields', () => {
    const doc = parseJsonArticle(
      json({
        title: { rendered: 'Rates &amp; fees rise' },
        content: { rendered: '<p>One.</p>\n<p>Two.</p>' },
        date: '2025-06-01T10:00:00',
        modified: '2025-06-02T10:00:00',
      }),
    );

    expect(doc.title).toBe('Rates & fees rise');
    expect(doc.sections).toEqual([{ heading: null, paragraphs: ['One.', 'Two.'] }]);
    expect(doc.dates.map((d) => d.kind)).toEqual(['published', 'modified']);
  });

  it('turns epoch seconds and milliseconds into ISO timestamps', () => {
    const seconds = parseJsonArticle(json({ title: 'T', body: 'B.', published_at: 1762300800 }));
    const millis = parseJsonArticle(json({ title: 'T', body: 'B.', createdAt: 1762300800000 }));

    expect(seconds.dates[0]?.value).toBe('2025-11-05T00:00:00.000Z');
    expect(millis.dates[0]?.value).toBe('2025-11-05T00:00:00.000Z');
  });

  it('takes the first article of an array or an items list', () => {
    const array = parseJsonArticle(json([{ title: 'One', body: 'A.' }, { title: 'Two' }]));
    const items = parseJsonArticle(json({ items: [{ title: 'Three', content: 'C.' }] }));

    expect(array.title).toBe('One');
    expect(items.title).toBe('Three');
  });

  it('picks the NewsArticle out of a JSON-LD @graph and marks its dates json-ld', () => {
    const doc = parseJsonArticle(
      json({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Site' },
          {
            '@type': 'NewsArticle',
            headline: 'H',
            articleBody: 'Body.',
            datePublished: '2025-01-02',
          },
        ],
      }),
    );

    expect(doc.title).toBe('H');
    expect(doc.dates).toEqual([{ value: '2025-01-02', source: 'json-ld', kind: 'published' }]);
  });

  it('uses description as the body when there is no body field', () => {
    const doc = parseJsonArticle(json({ title: 'T', description: 'Only a summary.' }));

    expect(doc.subtitle).toBeUndefined();
    expect(doc.sections[0]?.paragraphs).toEqual(['Only a summary.']);
  });

  it('splits a keyword string on commas and reads tag objects by name', () => {
    expect(parseJsonArticle(json({ title: 'T', keywords: 'a, b;c' })).keywords).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(parseJsonArticle(json({ title: 'T', tags: [{ name: 'x' }, 'y'] })).keywords).toEqual([
      'x',
      'y',
    ]);
  });

  it('throws MalformedInputError on JSON that does not parse or holds no object', () => {
    expect(() => parseJsonArticle('{"title": "cut off')).toThrow(MalformedInputError);
    expect(() => parseJsonArticle('[1, 2]')).toThrow(MalformedInputError);
  });
});
