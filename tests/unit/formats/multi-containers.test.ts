import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { budgetFor, withinBudget } from '#shared/domain/work-budget.ts';
import { type ReadResult, readDocument } from '#shared/formats/read-document.ts';
import { buildDocx } from './docx-builder.ts';
import { lyingBombZip, withDeclaredSize } from './zip-patch.ts';

const MIB = 1024 * 1024;

const itemsOf = (result: ReadResult) => {
  if (result.kind !== 'items') throw new Error(`expected items, got ${JSON.stringify(result)}`);
  return result.items;
};

const TEXT =
  'Title: Plain story\n\nA paragraph of plain text, long enough to be an article body.\n';
const MARKDOWN = '# Markdown story\n\nA paragraph of markdown text.\n';
const HTML =
  '<!doctype html><html><head><title>Web story</title></head><body><article><p>A paragraph of HTML text.</p></article></body></html>';

describe('readDocument on zips of several files', () => {
  it('gives one item per file, keyed by its path, each read as its own format', () => {
    const zip = zipSync({
      'a/plain.txt': strToU8(TEXT),
      'a/notes.md': strToU8(MARKDOWN),
      'web.html': strToU8(HTML),
      'report.docx': buildDocx({ paragraphs: [['', 'A paragraph of DOCX text.']] }),
    });

    const items = itemsOf(readDocument(zip, { key: 'uploads/batch.zip' }));

    expect(items.map((item) => item.itemKey)).toEqual([
      'a/plain.txt',
      'a/notes.md',
      'web.html',
      'report.docx',
    ]);
    expect(
      items.map((item) => item.result.kind === 'document' && item.result.document.format),
    ).toEqual(['text', 'markdown', 'html', 'docx']);
    expect(items[1]?.result).toMatchObject({
      document: {
        title: 'Markdown story',
        sections: [{ paragraphs: ['A paragraph of markdown text.'] }],
      },
    });
  });

  it('skips folders, __MACOSX and dot-files', () => {
    const zip = zipSync({
      'docs/': new Uint8Array(0),
      'docs/one.txt': strToU8(TEXT),
      'docs/two.txt': strToU8(TEXT),
      '__MACOSX/docs/._one.txt': new Uint8Array([0, 5, 22, 7]),
      'docs/.DS_Store': new Uint8Array([0, 0, 0, 1]),
    });

    const keys = itemsOf(readDocument(zip)).map((item) => item.itemKey);

    expect(keys).toEqual(['docs/one.txt', 'docs/two.txt']);
  });

  it('rejects only the entry that is binary junk', () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const zip = zipSync({
      'good.txt': strToU8(TEXT),
      'junk.bin': junk,
      'also.md': strToU8(MARKDOWN),
    });

    const items = itemsOf(readDocument(zip));

    expect(items.map((item) => item.result.kind)).toEqual(['document', 'rejected', 'document']);
    expect(items[1]).toMatchObject({ itemKey: 'junk.bin', result: { reason: 'binary' } });
  });

  it('flattens a feed inside the archive to entry/itemKey', () => {
    const feed = `<rss><channel><title>F</title>
      <item><guid>g1</guid><description>One.</description></item>
      <item><guid>g2</guid><description>Two.</description></item></channel></rss>`;
    const zip = zipSync({ 'feed.xml': strToU8(feed), 'story.txt': strToU8(TEXT) });

    const keys = itemsOf(readDocument(zip)).map((item) => item.itemKey);

    expect(keys).toEqual(['feed.xml/g1', 'feed.xml/g2', 'story.txt']);
  });

  it('still reads a one-file zip as that document, and a DOCX as a DOCX', () => {
    const one = zipSync({ 'only.md': strToU8(MARKDOWN) });
    const docx = buildDocx({ paragraphs: [['', 'Text.']] });

    expect(readDocument(one)).toMatchObject({ kind: 'document', document: { format: 'markdown' } });
    expect(readDocument(docx)).toMatchObject({ kind: 'document', document: { format: 'docx' } });
  });

  it('reads a zip of several files inside a gzip', () => {
    const zip = zipSync({ 'one.txt': strToU8(TEXT), 'two.txt': strToU8(TEXT) });

    const items = itemsOf(readDocument(gzipSync(zip), { key: 'batch.zip.gz' }));

    expect(items).toHaveLength(2);
  });

  it(`rejects more than ${DEFAULT_LIMITS.maxItemsPerObject} files as too-large`, () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DEFAULT_LIMITS.maxItemsPerObject; i++)
      files[`f${i}.txt`] = strToU8(`Story ${i}.`);

    const result = readDocument(zipSync(files));

    expect(result).toMatchObject({ kind: 'rejected', reason: 'too-large' });
    expect(result).toHaveProperty('detail', expect.stringContaining('501'));
  });

  it('rejects the whole upload when the entries together pass the expansion limit', () => {
    // Each entry alone is under the megabyte from which the ratio counts; together they are not.
    const padding = () => new Uint8Array(900 * 1024);
    const zip = zipSync({ 'a.txt': padding(), 'b.txt': padding(), 'c.txt': padding() });

    expect(readDocument(zip)).toMatchObject({ kind: 'rejected', reason: 'bomb' });
  });

  it('rejects the whole upload when an entry is itself a bomb', () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024));
    const zip = zipSync({ 'story.txt': strToU8(TEXT), 'inner.txt.gz': bomb });

    expect(readDocument(zip)).toMatchObject({ kind: 'rejected', reason: 'bomb' });
  });

  it('rejects the whole upload when the entries lie about their sizes together', () => {
    // Each entry declares 100 bytes; together they declare nothing alarming.
    const padding = withDeclaredSize(
      zipSync({ 'a.txt': new Uint8Array(900 * 1024), 'b.txt': new Uint8Array(900 * 1024) }),
      100,
    );
    const zip = zipSync({ 'story.txt': strToU8(TEXT), 'padding.zip': padding });

    expect(readDocument(zip)).toMatchObject({ kind: 'rejected', reason: 'bomb' });
  });

  it('rejects 500 entries that each lie about their size as one bomb, within the budget', () => {
    const zip = lyingBombZip(500, 16 * MIB);
    const budget = budgetFor(zip.length, DEFAULT_LIMITS);

    const read = withinBudget(DEFAULT_LIMITS, budget, () => readDocument(zip));

    expect(read).toMatchObject({ kind: 'rejected', reason: 'bomb' });
    // One work unit per byte inflated: the 8000 MiB the entries hold are never produced.
    expect(budget.used).toBeGreaterThan(MIB);
    expect(budget.used).toBeLessThanOrEqual(DEFAULT_LIMITS.maxExpandedBytes);
  });

  it('rejects a zip listing more entries than the entry limit', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DEFAULT_LIMITS.maxZipEntries; i++)
      files[`__MACOSX/f${i}`] = new Uint8Array(1);
    files['one.txt'] = strToU8(TEXT);
    files['two.txt'] = strToU8(TEXT);

    expect(readDocument(zipSync(files))).toMatchObject({ kind: 'rejected', reason: 'too-large' });
  });
});
