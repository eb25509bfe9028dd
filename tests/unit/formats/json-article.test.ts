import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { BudgetExceededError, WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { parseJsonArticle } from '#shared/formats/json/article.ts';
import { readJsonArticles } from '#shared/formats/json/items.ts';
import { MalformedInputError } from '#shared/formats/malformed.ts';
import { readDocument } from '#shared/formats/read-document.ts';

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

describe('readJsonArticles', () => {
  const story = (n: number, extra: Record<string, unknown> = {}) => ({
    title: `Story ${n}`,
    author: `Writer ${n}`,
    publishedAt: `2025-10-0${n}T10:00:00Z`,
    url: `https://news.example.com/${n}`,
    content: `<p>Paragraph ${n}.</p>`,
    ...extra,
  });

  it('gives one item per article of a top-level array, keyed by url', () => {
    const result = readJsonArticles(json([story(1), story(2), story(3)]));

    expect(result.kind).toBe('items');
    if (result.kind !== 'items') return;
    expect(result.items.map((item) => item.itemKey)).toEqual([
      'https://news.example.com/1',
      'https://news.example.com/2',
      'https://news.example.com/3',
    ]);
    expect(result.items[2]?.result).toMatchObject({
      kind: 'document',
      document: {
        format: 'json',
        title: 'Story 3',
        authors: ['Writer 3'],
        dates: [{ value: '2025-10-03T10:00:00Z', kind: 'published' }],
        sections: [{ heading: null, paragraphs: ['Paragraph 3.'] }],
      },
    });
  });

  it('reads a wrapper list, keying by id before url and by position without either', () => {
    const { url: _url, ...noUrl } = story(3);
    const result = readJsonArticles(
      json({ status: 'ok', data: [story(1, { id: 41 }), story(2, { guid: 'g-2' }), noUrl] }),
    );

    expect(result.kind === 'items' && result.items.map((item) => item.itemKey)).toEqual([
      '41',
      'g-2',
      '#3',
    ]);
  });

  it('reads a list of one as a single document, whether wrapped or top-level', () => {
    expect(readJsonArticles(json([story(1)]))).toMatchObject({
      kind: 'document',
      document: { title: 'Story 1' },
    });
    expect(readJsonArticles(json({ articles: [story(1)] }))).toMatchObject({
      kind: 'document',
      document: { title: 'Story 1' },
    });
  });

  it('counts only article objects: a list of one story and other values is one document', () => {
    const result = readJsonArticles(json([story(1), { count: 2 }, 'text', null]));

    expect(result).toMatchObject({ kind: 'document', document: { title: 'Story 1' } });
  });

  it('keeps a JSON-LD @graph of a page as one document', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Page' },
        { '@type': 'NewsArticle', headline: 'The story', articleBody: 'Text.' },
      ],
    };

    expect(readJsonArticles(json(graph))).toMatchObject({
      kind: 'document',
      document: { title: 'The story' },
    });
  });

  it('rejects an article without a body as no-article, suffixes repeated ids', () => {
    const result = readJsonArticles(
      json([story(1, { id: 'x' }), { title: 'Stub', id: 'x' }, story(2, { id: 'x' })]),
    );

    expect(result.kind === 'items' && result.items.map((item) => item.itemKey)).toEqual([
      'x',
      'x#2',
      'x#3',
    ]);
    expect(result.kind === 'items' && result.items[1]?.result).toMatchObject({
      kind: 'rejected',
      reason: 'no-article',
    });
  });

  it('reads a JSON Feed: items with content_html or content_text and date_published', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'A blog',
      items: [
        { id: '1', title: 'One', content_html: '<p>First.</p>', date_published: '2025-05-01' },
        { id: '2', title: 'Two', content_text: 'Second.', date_published: '2025-05-02' },
      ],
    };

    const result = readJsonArticles(json(feed));

    expect(result).toMatchObject({
      kind: 'items',
      items: [
        { itemKey: '1', result: { document: { sections: [{ paragraphs: ['First.'] }] } } },
        {
          itemKey: '2',
          result: {
            document: {
              sections: [{ paragraphs: ['Second.'] }],
              dates: [{ value: '2025-05-02', kind: 'published' }],
            },
          },
        },
      ],
    });
  });

  it('reads an article that holds a list of its own (steps, items) as that article', () => {
    const article = {
      title: 'How to prune',
      body: 'Prune in late winter.',
      items: [{ title: 'Step one' }, { title: 'Step two' }],
    };

    expect(readJsonArticles(json(article))).toMatchObject({
      kind: 'document',
      document: { title: 'How to prune' },
    });
  });

  it(`rejects a list of more than ${DEFAULT_LIMITS.maxItemsPerObject} articles as too-large`, () => {
    const list = Array.from({ length: 10_000 }, (_, i) => ({ title: `T${i}`, body: 'B.' }));

    expect(readJsonArticles(json(list))).toMatchObject({ kind: 'rejected', reason: 'too-large' });
  });
});

describe('JSON past the limits', () => {
  const nested = (depth: number, inner = '"x"'): string =>
    `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

  it('rejects 100,000 nested arrays in an article field as too-deep, not a stack overflow', () => {
    const text = `{"title":"Deep","body":${nested(100_000)}}`;

    expect(readDocument(strToU8(text), { key: 'deep.json' })).toMatchObject({
      kind: 'rejected',
      reason: 'too-deep',
      detail: `The JSON nests arrays and objects deeper than ${DEFAULT_LIMITS.maxNestingDepth} levels.`,
    });
  });

  it('reads nesting up to the limit, and does not count brackets inside strings', () => {
    const depth = DEFAULT_LIMITS.maxNestingDepth - 1;
    const text = `{"title":"[[[[{{{{\\"[[[[","body":${nested(depth, '"Deep text."')}}`;

    expect(readJsonArticles(text)).toMatchObject({
      kind: 'document',
      document: { title: '[[[[{{{{"[[[[', sections: [{ paragraphs: ['Deep text.'] }] },
    });
  });

  it('applies the nesting limit in force, objects and arrays alike', () => {
    const limits = { ...DEFAULT_LIMITS, maxNestingDepth: 3 };
    const read = (text: string) => () =>
      withinBudget(limits, new WorkBudget(1e6), () => readJsonArticles(text));

    expect(read('{"title":"T","body":{"value":{"text":"B."}}}')).not.toThrow();
    expect(read('{"title":"T","body":{"value":{"text":["B."]}}}')).toThrow(
      expect.objectContaining({ name: 'TooDeepError' }),
    );
  });

  it('keys list items by ids with control characters escaped and long ids cut short', () => {
    const list = [
      { id: 'line\nbreak', title: 'One', body: 'A.' },
      { id: 'i'.repeat(5000), title: 'Two', body: 'B.' },
    ];

    const read = readJsonArticles(json(list));

    const keys = read.kind === 'items' ? read.items.map((item) => item.itemKey) : [];
    expect(keys[0]).toBe('line%0Abreak');
    expect(keys[1]).toMatch(/^i{495}~[0-9a-f]{16}$/);
  });

  it('charges each char of the JSON to the work budget', () => {
    const text = json({ title: 'T', body: 'x'.repeat(5000) });

    const read = () =>
      withinBudget(DEFAULT_LIMITS, new WorkBudget(1000), () => readJsonArticles(text));

    expect(read).toThrow(BudgetExceededError);
  });

  it('keeps fields of unclosed tags as text (tag stripping never spans another `<`)', () => {
    const title = '<'.repeat(100_000);
    const body = `<p ${'<p '.repeat(50_000)}`;

    expect(parseJsonArticle(json({ title: `<b>${title}`, body }))).toMatchObject({
      title,
      sections: [{ paragraphs: [body.trim()] }],
    });
  });
});
