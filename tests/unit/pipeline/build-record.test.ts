import { describe, expect, it } from 'vitest';
import { ArticleRecord, type SourceFacts } from '../../../shared/domain/record.ts';
import { type BuildInput, buildObject } from '../../../shared/pipeline/build-record.ts';

const NOW = new Date('2026-02-10T12:00:00Z');
const source = (key: string, contentType?: string): SourceFacts => ({
  bucket: 'articles',
  key,
  sequencer: '0A1B',
  ...(contentType ? { contentType } : {}),
});
const bytes = (text: string) => new TextEncoder().encode(text);

/** The record of a file that holds one article. */
const buildRecord = (input: BuildInput) => {
  const built = buildObject(input);
  if (built.kind !== 'article') throw new Error(`expected one article, got ${built.kind}`);
  return built.record;
};

const SEED_LAYOUT = [
  ' date 2026-02-09 The city council approved a new cycle lane along the river on Monday evening.',
  'Work will begin in April and last about three months.',
  'Cost and funding',
  'The lane will cost about two million, paid from the transport budget.',
  'Local shops asked for deliveries to be kept possible during the works.',
].join('\n\n\n\n');

describe('buildRecord', () => {
  it('builds an ingested record that passes the schema', () => {
    const record = buildRecord({
      bytes: bytes(SEED_LAYOUT),
      source: source('news/lane.txt'),
      now: NOW,
    });

    expect(ArticleRecord.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      status: 'ingested',
      format: 'text',
      titleSource: 'derived',
      publishedDate: '2026-02-09',
      publishedDateSource: 'header',
      language: 'en',
      lede: 'The city council approved a new cycle lane along the river on Monday evening.',
      paragraphCount: 4,
      sequencerKey: '00000000000000000000000000000A1B',
      ingestedAt: '2026-02-10T12:00:00.000Z',
      source: source('news/lane.txt'),
    });
  });

  it('puts the sub-heading in the body as a block of its own, and the date header nowhere', () => {
    const record = buildRecord({ bytes: bytes(SEED_LAYOUT), source: source('lane.txt'), now: NOW });

    if (record.status !== 'ingested') throw new Error(`expected ingested, got ${record.status}`);
    expect(record.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [null, 2],
      ['Cost and funding', 2],
    ]);
    expect(record.body.split('\n\n')).toEqual([
      'The city council approved a new cycle lane along the river on Monday evening.',
      'Work will begin in April and last about three months.',
      'Cost and funding',
      'The lane will cost about two million, paid from the transport budget.',
      'Local shops asked for deliveries to be kept possible during the works.',
    ]);
    expect(record.paragraphCount).toBe(4);
  });

  it('lets content decide the format before the key extension', () => {
    const html =
      '<!doctype html><html><head><title>Lane Opens</title></head><body><p>It opened to traffic on Monday.</p></body></html>';

    const record = buildRecord({ bytes: bytes(html), source: source('lane.txt'), now: NOW });

    expect(record).toMatchObject({ status: 'ingested', format: 'html', title: 'Lane Opens' });
  });

  it('uses the key extension when the content does not say', () => {
    const record = buildRecord({
      bytes: bytes('Plain words here, and nothing marks them up.'),
      source: source('lane.md'),
      now: NOW,
    });

    expect(record).toMatchObject({ status: 'ingested', format: 'markdown' });
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['empty', bytes(' \n\t\r\n ')],
    ['binary', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])],
    ['malformed', new Uint8Array([0x1f, 0x8b, 0x08, 0x00])],
    ['unsupported-format', bytes('%PDF-1.7\n...')],
    [
      'no-article',
      bytes('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>'),
    ],
  ])('rejects with reason %s as a value, with a readable detail', (reason, input) => {
    const record = buildRecord({ bytes: input, source: source('upload.txt'), now: NOW });

    expect(ArticleRecord.parse(record)).toMatchObject({ status: 'rejected', reason });
    expect(record.status === 'rejected' && record.reasonDetail).toMatch(/^[A-Z0-9].{15,}\.$/);
  });
});
