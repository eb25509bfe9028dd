import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { ArticleRecord, type SourceFacts } from '#shared/domain/record.ts';
import { MalformedInputError } from '#shared/formats/malformed.ts';
import { TooDeepError, TooLargeInputError } from '#shared/formats/too-deep.ts';
import {
  articlesOf,
  type BuildInput,
  buildGuarded,
  buildObject,
} from '#shared/pipeline/build-record.ts';
import { lyingBombZip } from '../formats/zip-patch.ts';

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

describe('the build guard', () => {
  const rss = (items: number) =>
    bytes(
      `<rss><channel><title>Feed</title>${Array.from(
        { length: items },
        (_, i) => `<item><guid>g${i}</guid><description>Story number ${i}.</description></item>`,
      ).join('')}</channel></rss>`,
    );
  const guarded = (build: () => never) =>
    buildGuarded(
      { bytes: bytes('x'), source: source('upload.txt'), now: NOW, limits: DEFAULT_LIMITS },
      build,
    );

  it('rejects a DOCX whose document.xml nests past the depth limit as a record, not a throw', () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(`${'<w:p>'.repeat(5000)}Text.`),
    });

    const record = buildRecord({ bytes: docx, source: source('report.docx'), now: NOW });

    // `too-deep` once the XML parser throws its TooDeepError (a MalformedInputError).
    expect(record.status).toBe('rejected');
    expect(['malformed', 'too-deep']).toContain(record.status === 'rejected' && record.reason);
  });

  it('rejects a zip of entries lying about their sizes as one bomb record for the file', () => {
    const record = buildRecord({
      bytes: lyingBombZip(50, 4 * 1024 * 1024),
      source: source('batch.zip'),
      now: NOW,
    });

    expect(record).toMatchObject({
      status: 'rejected',
      reason: 'bomb',
      source: { key: 'batch.zip' },
    });
  });

  it('reads under the limits it is given', () => {
    const limits = { ...DEFAULT_LIMITS, maxItemsPerObject: 2 };

    const record = buildRecord({ bytes: rss(3), source: source('feed.xml'), now: NOW, limits });

    expect(record).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(buildObject({ bytes: rss(3), source: source('feed.xml'), now: NOW }).kind).toBe(
      'container',
    );
  });

  it('rejects the whole file as over-budget when its items pass the work budget midway', () => {
    // The outer zip stores its entries; the feed's gzip inflates past the small budget.
    const zip = zipSync({
      'one.txt': [bytes(SEED_LAYOUT), { level: 0 }],
      'feed.xml.gz': [gzipSync(rss(50)), { level: 0 }],
    });
    const limits = { ...DEFAULT_LIMITS, minWorkUnits: 2000, workUnitsPerByte: 1 };

    const built = buildObject({ bytes: zip, source: source('batch.zip'), now: NOW, limits });

    expect(built.kind).toBe('article');
    expect(articlesOf(built)).toEqual([
      expect.objectContaining({
        status: 'rejected',
        reason: 'over-budget',
        source: source('batch.zip'),
      }),
    ]);
    expect(buildObject({ bytes: zip, source: source('batch.zip'), now: NOW }).kind).toBe(
      'container',
    );
  });

  it('turns an unexpected error into extractor-failed with its name and message', () => {
    const built = guarded(() => {
      throw new TypeError('Cannot read properties of undefined (reading "x")');
    });

    expect(built.record).toMatchObject({
      status: 'rejected',
      reason: 'extractor-failed',
      reasonDetail:
        'The extractor failed on this file (TypeError: Cannot read properties of undefined (reading "x")).',
    });
  });

  it('turns a stack overflow into extractor-failed, in one short line', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;

    const built = guarded(() => {
      recurse(0);
      throw new Error('unreachable');
    });

    expect(built.record).toMatchObject({ status: 'rejected', reason: 'extractor-failed' });
    expect(built.record.status === 'rejected' && built.record.reasonDetail).toBe(
      'The extractor failed on this file (RangeError: Maximum call stack size exceeded).',
    );
  });

  it('keeps a long, multi-line error message to one truncated sentence', () => {
    const built = guarded(() => {
      throw new Error(`first line\nsecond line ${'x'.repeat(500)}`);
    });

    const detail = built.record.status === 'rejected' ? built.record.reasonDetail : '';
    expect(detail).toMatch(
      /^The extractor failed on this file \(Error: first line second line x+\.\.\.\)\.$/,
    );
    expect(detail.length).toBeLessThan(300);
  });

  it('maps parse errors by kind: malformed, too-deep and too-large', () => {
    const tooDeep = new TooDeepError('Nested 9999 levels.');
    const tooMany = new TooLargeInputError('Holds 2000000 elements.');

    expect(
      guarded(() => {
        throw new MalformedInputError('Broken.');
      }).record,
    ).toMatchObject({
      reason: 'malformed',
      reasonDetail: 'Broken.',
    });
    expect(
      guarded(() => {
        throw tooDeep;
      }).record,
    ).toMatchObject({ reason: 'too-deep' });
    expect(
      guarded(() => {
        throw tooMany;
      }).record,
    ).toMatchObject({ reason: 'too-large', reasonDetail: 'Holds 2000000 elements.' });
  });
});
