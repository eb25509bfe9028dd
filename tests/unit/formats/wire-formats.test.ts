import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { BudgetExceededError, budgetFor, withinBudget } from '#shared/domain/work-budget.ts';
import { MalformedInputError } from '#shared/formats/malformed.ts';
import { readDocument } from '#shared/formats/read-document.ts';
import { isoDate } from '#shared/formats/wire/common.ts';
import { parseNewsml, readNewsml } from '#shared/formats/wire/newsml.ts';
import { parseNitf } from '#shared/formats/wire/nitf.ts';

describe('isoDate', () => {
  it('turns basic ISO 8601 into the extended form', () => {
    expect(isoDate('20251105T083000+0100')).toBe('2025-11-05T08:30:00+01:00');
    expect(isoDate('20251105T0830Z')).toBe('2025-11-05T08:30:00Z');
    expect(isoDate('20251105')).toBe('2025-11-05');
  });

  it('leaves other date text as written', () => {
    expect(isoDate(' Nov 5, 2025 ')).toBe('Nov 5, 2025');
    expect(isoDate('')).toBeUndefined();
  });
});

describe('parseNitf', () => {
  it('reads hedline, byline without job title, dates from norm and body paragraphs', () => {
    const nitf = `<nitf><head><docdata><date.issue norm="20250102T100000Z"/></docdata></head>
      <body><body.head><hedline><hl1>Head</hl1><hl2>Sub</hl2></hedline>
      <byline>By Jo Park <byttl>Reporter</byttl></byline></body.head>
      <body.content><p>One &amp; only.</p><ul><li>Item</li></ul></body.content></body></nitf>`;

    const doc = parseNitf(nitf);

    expect(doc).toMatchObject({
      format: 'nitf',
      title: 'Head',
      subtitle: 'Sub',
      authors: ['By Jo Park'],
      dates: [{ value: '2025-01-02T10:00:00Z', source: 'meta', kind: 'published' }],
      sections: [{ heading: null, paragraphs: ['One & only.', 'Item'] }],
    });
  });

  it('rejects XML nested beyond the limit as malformed', () => {
    const deep = `<nitf>${'<p>'.repeat(500)}x${'</p>'.repeat(500)}</nitf>`;

    expect(() => parseNitf(deep)).toThrow(MalformedInputError);
  });

  it('reads paragraphs left unclosed as one paragraph, not once per level', () => {
    const nitf = `<nitf><body><body.content>${'<p>word '.repeat(300)}</body.content></body></nitf>`;

    const doc = parseNitf(nitf);

    expect(doc.sections).toEqual([{ heading: null, paragraphs: ['word '.repeat(300).trim()] }]);
  });
});

describe('the work budget on NITF', () => {
  /** About 400 KB of text, split into `parts` pieces. */
  const textParts = (parts: number): string[] =>
    Array.from(
      { length: parts },
      (_, index) => `Paragraph ${index} ${'lorem ipsum dolor '.repeat(65)}`,
    );
  const build = (nitf: string) =>
    withinBudget(DEFAULT_LIMITS, budgetFor(nitf.length, DEFAULT_LIMITS), () => parseNitf(nitf));

  it('runs out when unclosed bylines repeat the text once per level', () => {
    const bylines = textParts(350)
      .map((text) => `<byline>${text}`)
      .join('');
    const nitf = `<nitf><body><body.head>${bylines}</body.head><body.content><p>x</p></body.content></body></nitf>`;

    expect(() => build(nitf)).toThrow(BudgetExceededError);
  });

  it('does not run out on an article of the same size read once', () => {
    const paragraphs = textParts(350)
      .map((text) => `<p>${text}</p>`)
      .join('');
    const nitf = `<nitf><body><body.head><byline>By Jo Park</byline></body.head><body.content>${paragraphs}</body.content></body></nitf>`;

    const doc = build(nitf);

    expect(doc.sections[0]?.paragraphs).toHaveLength(350);
  });
});

describe('parseNewsml', () => {
  it('reads plain-text inlineData split on blank lines, and prefixed element names', () => {
    const xml = `<nar:newsItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/">
      <nar:contentMeta><nar:headline>H</nar:headline><nar:creator><nar:name>Lee Chan</nar:name></nar:creator></nar:contentMeta>
      <nar:contentSet><nar:inlineData contenttype="text/plain">First
line.

Second.</nar:inlineData></nar:contentSet></nar:newsItem>`;

    const doc = parseNewsml(xml);

    expect(doc.title).toBe('H');
    expect(doc.authors).toEqual(['Lee Chan']);
    expect(doc.sections).toEqual([{ heading: null, paragraphs: ['First line.', 'Second.'] }]);
  });

  it('reads the text item of a newsMessage, skipping a picture item', () => {
    const xml = `<newsMessage><itemSet>
      <newsItem><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentMeta><headline>Photo</headline></contentMeta></newsItem>
      <newsItem><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2025-03-04T05:06:07Z</versionCreated></itemMeta>
      <contentMeta><headline>Story</headline></contentMeta></newsItem></itemSet></newsMessage>`;

    const doc = parseNewsml(xml);

    expect(doc.title).toBe('Story');
    expect(doc.dates.map((d) => d.kind)).toEqual(['published', 'modified']);
  });
});

describe('readNewsml', () => {
  const textItem = (guid: string, headline: string, body: string) =>
    `<newsItem guid="${guid}"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
      <contentMeta><headline>${headline}</headline><by>Ana Ruiz</by></contentMeta>
      <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${body}</p></body></html></inlineXML></contentSet></newsItem>`;
  const picture = `<newsItem guid="urn:pic"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
      <contentMeta><headline>Photo</headline></contentMeta></newsItem>`;

  it('gives one item per text newsItem of a newsMessage, keyed by guid', () => {
    const xml = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
      ${textItem('urn:a', 'First', 'First body.')}${picture}${textItem('urn:b', 'Second', 'Second body.')}
    </itemSet></newsMessage>`;

    const result = readNewsml(xml);

    expect(result.kind).toBe('items');
    if (result.kind !== 'items') return;
    expect(result.items.map((item) => item.itemKey)).toEqual(['urn:a', 'urn:b']);
    expect(result.items[1]?.result).toMatchObject({
      kind: 'document',
      document: {
        format: 'newsml',
        title: 'Second',
        authors: ['Ana Ruiz'],
        sections: [{ heading: null, paragraphs: ['Second body.'] }],
      },
    });
  });

  it('reads a message with one text item as that document', () => {
    const xml = `<newsMessage><itemSet>${picture}${textItem('urn:a', 'Only', 'Body.')}</itemSet></newsMessage>`;

    expect(readNewsml(xml)).toMatchObject({ kind: 'document', document: { title: 'Only' } });
  });

  it('rejects a text item without body text, and keys items without guid by position', () => {
    const empty = `<newsItem><contentMeta><headline>Empty</headline></contentMeta></newsItem>`;
    const xml = `<newsMessage><itemSet>${empty}${textItem('urn:a', 'Full', 'Body.')}</itemSet></newsMessage>`;

    const result = readNewsml(xml);

    expect(result).toMatchObject({
      kind: 'items',
      items: [
        { itemKey: '#1', result: { kind: 'rejected', reason: 'no-article' } },
        { itemKey: 'urn:a', result: { kind: 'document' } },
      ],
    });
  });
});

describe('truncated wire files', () => {
  const NITF = `<?xml version="1.0"?><nitf><head><title>Floods close the valley road</title></head>
    <body><body.content><p>The valley road was closed on Monday after the river rose overnight.</p>
    <p>Engineers said it would reopen once the water fell.</p></body.content></body></nitf>`;
  const NEWSML = `<?xml version="1.0"?><newsItem guid="urn:x"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>
    <contentMeta><headline>Floods close the valley road</headline></contentMeta>
    <contentSet><inlineData>The valley road was closed on Monday after the river rose overnight.</inlineData></contentSet></newsItem>`;
  const read = (xml: string, key: string) => readDocument(new TextEncoder().encode(xml), { key });
  /** Cut points: mid-paragraph, inside a tag, inside the root's own end tag. */
  const cuts = (xml: string): string[] => [
    xml.slice(0, xml.indexOf('overnight')),
    xml.slice(0, xml.lastIndexOf('<') + 2),
    xml.slice(0, -1),
  ];

  it('reads the whole NITF and NewsML files as documents', () => {
    expect(read(NITF, 'wire/story.xml').kind).toBe('document');
    expect(read(NEWSML, 'wire/item.xml').kind).toBe('document');
  });

  it('rejects an NITF cut short anywhere before its root closes as malformed', () => {
    for (const cut of cuts(NITF)) {
      expect(read(cut, 'wire/story.xml')).toMatchObject({ kind: 'rejected', reason: 'malformed' });
    }
  });

  it('rejects a NewsML-G2 item cut short as malformed, not as a shorter story', () => {
    for (const cut of cuts(NEWSML)) {
      expect(read(cut, 'wire/item.xml')).toMatchObject({ kind: 'rejected', reason: 'malformed' });
    }
  });

  it('names the unclosed root in the detail', () => {
    expect(() => parseNitf(NITF.slice(0, -1))).toThrow('<nitf> element is closed');
  });
});
