import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '#bench/fuzz/prng.ts';
import { loadGoldenRecords } from '#bench/table/golden-records.ts';
import { itemBytes } from '#bench/table/item-size.ts';
import { brotliPackCodec } from '#shared/adapters/dynamo-pack-codec.ts';
import { parseRecord, toItem } from '#shared/adapters/dynamo-record-item.ts';
import { IngestError } from '#shared/domain/errors.ts';
import {
  ArticleRecord,
  type Block,
  type IngestedRecord,
  type Section,
} from '#shared/domain/record.ts';
import { TABLE_INDEXES, type TableIndex } from '#shared/domain/table-design.ts';
import { renderBodyMarkdown } from '#shared/extract/body-markdown.ts';
import { bodyOf, ledeOf } from '#shared/extract/sections.ts';
import { removedRecord } from '#shared/pipeline/record-base.ts';
import {
  fromStoredItem,
  KEPT_OUTSIDE,
  PACKED_ATTRIBUTE,
  type PackCodec,
  toStoredItem,
} from '#shared/pipeline/stored-item.ts';

const ARTICLES_DIR = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));
const GOLDEN = loadGoldenRecords(ARTICLES_DIR);

/** No compression: the packed JSON as UTF-8, so a test can read what was packed. */
const plainCodec: PackCodec = {
  pack: (json) => new TextEncoder().encode(json),
  unpack: (bytes) => new TextDecoder().decode(bytes),
};
const packedJson = (item: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(plainCodec.unpack(item[PACKED_ATTRIBUTE] as Uint8Array));

/** The record exactly as it went in, through the table's item and back. */
const roundTrip = (record: ArticleRecord): ArticleRecord => parseRecord(toItem(record));

/** The record of one golden fixture, which must be an article. */
const golden = (slug: string): IngestedRecord => {
  const record = GOLDEN.find((entry) => entry.slug === slug)?.record;
  if (record?.status !== 'ingested') throw new Error(`No article fixture ${slug}`);
  return record;
};
const SEED_LAYOUT = 'text-seed-layout';

/** Text with what makes rendering and JSON hard: markup characters, breaks, other scripts. */
const ALPHABET = [...'abc XYZ 019 #*_[]<>|~`\\&;:./-+=!"\'\n\t\u00e9\u4e2d\u0627\u{1f600}'];
const text = (rng: Rng, max = 40): string =>
  Array.from({ length: rng.int(0, max) }, () => rng.pick(ALPHABET)).join('');

const randomBlock = (rng: Rng): Block => {
  switch (rng.int(0, 5)) {
    case 0:
      return { type: 'paragraph', text: text(rng) };
    case 1:
      return { type: 'heading', level: rng.int(1, 6), text: text(rng) };
    case 2:
      return { type: 'list', ordered: rng.chance(0.5), items: [text(rng), text(rng)] };
    case 3:
      return {
        type: 'table',
        rows: [[text(rng), text(rng)], [text(rng)]],
        header: rng.chance(0.5),
      };
    case 4:
      return { type: 'quote', text: text(rng), ...(rng.chance(0.5) ? { cite: text(rng) } : {}) };
    default:
      return { type: 'figure', caption: text(rng), ...(rng.chance(0.5) ? { credit: 'AP' } : {}) };
  }
};

const randomSection = (rng: Rng): Section => ({
  heading: rng.chance(0.4) ? text(rng) : null,
  paragraphs: Array.from({ length: rng.int(0, 4) }, () => text(rng, 120)),
  ...(rng.chance(0.5)
    ? { blocks: Array.from({ length: rng.int(0, 4) }, () => randomBlock(rng)) }
    : {}),
});

/**
 * A record built around random sections: each text field the sections render is, at
 * random, that rendering, another text, or (bodyMarkdown) absent; other fields vary too.
 */
const randomRecord = (rng: Rng, base: IngestedRecord): IngestedRecord => {
  const sections = Array.from({ length: rng.int(0, 5) }, () => randomSection(rng));
  const either = (rendering: string) => (rng.chance(0.6) ? rendering : text(rng, 200));
  const markdown = rng.int(0, 2);
  const { bodyMarkdown: _drop, summary: _summary, entities: _entities, ...rest } = base;
  return {
    ...rest,
    title: text(rng),
    sections,
    body: either(bodyOf(sections)),
    lede: either(ledeOf(sections)),
    ...(markdown === 0 ? {} : { bodyMarkdown: either(renderBodyMarkdown(sections)) }),
    ...(rng.chance(0.5) ? { summary: text(rng) } : {}),
    ...(rng.chance(0.5) ? { keywords: [text(rng), text(rng)] } : {}),
    ...(rng.chance(0.3) ? { contentRef: { bucket: 'content', key: text(rng) } } : {}),
  };
};

describe('the stored form of a record', () => {
  it('reads every golden fixture back exactly, through the table item', () => {
    expect(GOLDEN.length).toBeGreaterThan(40);
    for (const { slug, record } of GOLDEN) {
      expect(roundTrip(record), slug).toEqual(record);
    }
  });

  it('reads 200 random records back exactly, rendered fields or not', () => {
    const rng = createRng(20261203);
    const base = golden(SEED_LAYOUT);
    for (let i = 0; i < 200; i += 1) {
      const record = ArticleRecord.parse(randomRecord(rng, base));
      expect(roundTrip(record), `record ${i}`).toEqual(record);
      expect(fromStoredItem(toStoredItem(record, plainCodec), plainCodec)).toEqual(record);
    }
  });

  it('stores the text once when body and lede are the sections joined', () => {
    const record = golden(SEED_LAYOUT);

    const packed = packedJson(toStoredItem(record, plainCodec));

    expect(packed.rendered).toEqual(['body', 'lede']);
    expect(packed).toHaveProperty('sections');
    expect(packed).not.toHaveProperty('body');
    expect(packed).not.toHaveProperty('lede');
    // Markdown is kept: a change to its renderer must not change what old items read as.
    expect(packed.bodyMarkdown).toBe(record.bodyMarkdown);
  });

  it('keeps a text field that differs from the rendering, and an absent one absent', () => {
    const base = golden(SEED_LAYOUT);
    const { bodyMarkdown: _absent, ...record } = { ...base, body: `${base.body} (edited)` };

    const packed = packedJson(toStoredItem(record, plainCodec));

    expect(packed.body).toBe(record.body);
    expect(packed.rendered).toEqual(['lede']);
    expect(roundTrip(record)).not.toHaveProperty('bodyMarkdown');
  });

  it('leaves outside the packed attribute every attribute DynamoDB reads', () => {
    const read = Object.values<TableIndex>(TABLE_INDEXES).flatMap((index) => [
      index.partitionKey,
      ...(index.sortKey ? [index.sortKey] : []),
      ...index.projected,
    ]);
    for (const name of [...read, 'articleId', 'sequencerKey', 'retiring', 'status', 'source'])
      expect(KEPT_OUTSIDE.has(name), name).toBe(true);
    const record = golden(SEED_LAYOUT);
    const item = toItem(record);
    expect(item).toMatchObject({ title: record.title, contentHash: record.contentHash });
    expect(item).not.toHaveProperty('sections');
    expect(item).not.toHaveProperty('body');
  });

  it('reads an item of the layout before packing (the record as it was) unchanged', () => {
    for (const { slug, record } of GOLDEN) {
      expect(parseRecord({ ...record, dayShard: '2026-01-15#3' }), slug).toEqual(record);
    }
  });

  it('stores a record that is not an article as it is', () => {
    const record = removedRecord(golden(SEED_LAYOUT).source, new Date('2026-01-15T12:00:00Z'));

    expect(toStoredItem(record, brotliPackCodec)).toEqual(record);
  });

  it('stores every article in fewer bytes than its record as it is, all in about half', () => {
    const articles = GOLDEN.filter(({ record }) => record.status === 'ingested');
    let before = 0;
    let after = 0;
    for (const { slug, record } of articles) {
      const asItWas = itemBytes({ ...record });
      const packed = itemBytes(toItem(record));
      expect(packed, slug).toBeLessThan(asItWas);
      before += asItWas;
      after += packed;
    }
    expect(after / before).toBeLessThan(0.5);
  });

  it('refuses a packed attribute that does not decode, naming the item', () => {
    const garbage = {
      articleId: 'a1',
      status: 'ingested',
      [PACKED_ATTRIBUTE]: new Uint8Array([1, 2, 3]),
    };
    const notBinary = { articleId: 'a2', status: 'ingested', [PACKED_ATTRIBUTE]: 'text' };
    const wrongVersion = {
      articleId: 'a3',
      [PACKED_ATTRIBUTE]: plainCodec.pack('{"v":9,"sections":[],"rendered":[]}'),
    };

    expect(() => fromStoredItem(garbage, brotliPackCodec)).toThrow(/a1.*does not decode/);
    expect(() => fromStoredItem(notBinary, brotliPackCodec)).toThrow(IngestError);
    expect(() => fromStoredItem(wrongVersion, plainCodec)).toThrow(/a3/);
  });
});
