import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { budgetFor, withinBudget } from '#shared/domain/work-budget.ts';
import { gunzipWithLimits, unzipWithLimits } from '#shared/formats/packed/inflate-limits.ts';
import { readZipDirectory, type ZipEntry } from '#shared/formats/packed/zip-entries.ts';
import { readDocument } from '#shared/formats/read-document.ts';
import { buildDocx } from './docx-builder.ts';
import { asZip64, withDeclaredSize, withSymlink } from './zip-patch.ts';

const MIB = 1024 * 1024;
const entriesOf = (zip: Uint8Array) =>
  readZipDirectory(zip, DEFAULT_LIMITS.maxZipEntries) as ZipEntry[];
/** Reads `bytes` under the default limits; `inflated` is the work spent, one unit per byte inflated. */
const readCounted = (bytes: Uint8Array) => {
  const budget = budgetFor(bytes.length, DEFAULT_LIMITS);
  const read = withinBudget(DEFAULT_LIMITS, budget, () => readDocument(bytes));
  return { read, inflated: budget.used };
};

const ARTICLE =
  'Title: A headline\n\nA paragraph of article text that is long enough to be read.\n';

describe('gunzipWithLimits', () => {
  it('returns the content of a gzip file', () => {
    const out = gunzipWithLimits(gzipSync(strToU8('hello')));

    expect(new TextDecoder().decode(out as Uint8Array)).toBe('hello');
  });

  it('rejects a gzip bomb as a bomb without expanding it all', () => {
    const bomb = gzipSync(new Uint8Array(DEFAULT_LIMITS.maxExpandedBytes + MIB), { level: 9 });

    const out = gunzipWithLimits(bomb);

    expect(out).toMatchObject({ kind: 'rejected', reason: 'bomb' });
    expect((out as { detail: string }).detail).toContain('50 MiB');
  });

  it('rejects an expansion ratio over the limit once past a megabyte', () => {
    const out = gunzipWithLimits(gzipSync(new Uint8Array(4 * MIB)));

    expect(out).toMatchObject({ kind: 'rejected', reason: 'bomb' });
  });

  it('stops at the budget an upload has left and spends it on what it expands', () => {
    const text = strToU8('x'.repeat(2000));
    const short = { remaining: 1000 };
    const ample = { remaining: 5000 };

    const zip = zipSync({ 'a.txt': text });

    expect(gunzipWithLimits(gzipSync(text), short)).toMatchObject({ reason: 'bomb' });
    expect(gunzipWithLimits(gzipSync(text), ample)).toHaveLength(2000);
    expect(ample.remaining).toBe(3000);
    expect(unzipWithLimits(zip, entriesOf(zip), short)).toMatchObject({ reason: 'bomb' });
  });

  it('calls corrupt gzip data malformed', () => {
    const broken = gzipSync(strToU8(ARTICLE.repeat(50)));
    broken.fill(0xff, 12, 40);

    expect(gunzipWithLimits(broken)).toMatchObject({ kind: 'rejected', reason: 'malformed' });
  });
});

describe('unzipWithLimits', () => {
  it('rejects a zip listing more entries than the limit, before reading any', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DEFAULT_LIMITS.maxZipEntries; i++) files[`f${i}.txt`] = new Uint8Array(1);

    expect(readDocument(zipSync(files))).toMatchObject({
      kind: 'rejected',
      reason: 'too-large',
      detail: `The zip lists 1001 entries; the limit is ${DEFAULT_LIMITS.maxZipEntries}.`,
    });
  });

  it('rejects entries whose declared sizes pass the ratio limit, before inflating any', () => {
    const zip = zipSync({ 'zeros.txt': new Uint8Array(8 * MIB) });

    expect(unzipWithLimits(zip, entriesOf(zip))).toMatchObject({
      kind: 'rejected',
      reason: 'bomb',
    });
  });

  it('rejects an entry that declares 100 bytes but inflates past the limits, and stops early', () => {
    const realSize = 32 * MIB;
    const lying = withDeclaredSize(zipSync({ 'story.txt': new Uint8Array(realSize) }), 100);

    const { read, inflated } = readCounted(lying);

    expect(entriesOf(lying)[0]?.declaredSize).toBe(100);
    expect(read).toMatchObject({ kind: 'rejected', reason: 'bomb' });
    expect(inflated).toBeGreaterThan(MIB);
    expect(inflated).toBeLessThan(realSize / 4);
  });

  it('counts a stored entry by its real length, not the size it declares', () => {
    const text = strToU8(`${ARTICLE}${'More article text. '.repeat(100)}`);
    const stored = withDeclaredSize(zipSync({ 'story.txt': [text, { level: 0 }] }), 100);
    const short = { remaining: text.length - 1 };

    const whole = unzipWithLimits(stored, entriesOf(stored));

    expect(whole).toMatchObject({ kind: 'files', files: [{ name: 'story.txt' }] });
    expect(whole.kind === 'files' && whole.files[0]?.bytes).toEqual(text);
    expect(unzipWithLimits(stored, entriesOf(stored), short)).toMatchObject({ reason: 'bomb' });
  });

  it('finds the directory of a zip64 archive through its zip64 end record', () => {
    const zip = asZip64(zipSync({ 'one.txt': strToU8(ARTICLE), 'two.md': strToU8('# Two') }));

    expect(entriesOf(zip).map((entry) => entry.name)).toEqual(['one.txt', 'two.md']);
    expect(readDocument(zip)).toMatchObject({ kind: 'items', items: [{}, {}] });
  });

  it('calls a zip whose directory points outside the file malformed', () => {
    const zip = zipSync({ 'a.txt': strToU8(ARTICLE) });
    const view = new DataView(zip.buffer);
    view.setUint32(zip.length - 6, zip.length + 1000, true);

    expect(readDocument(zip)).toMatchObject({ kind: 'rejected', reason: 'malformed' });
  });
});

describe('zip entry names', () => {
  it('skips an entry that is a symbolic link, like OS clutter', () => {
    const zip = withSymlink(
      zipSync({ 'one.txt': strToU8(ARTICLE), 'link.txt': strToU8('/etc/passwd') }),
      'link.txt',
    );

    expect(entriesOf(zip).map((entry) => entry.symlink)).toEqual([false, true]);
    expect(readDocument(zip)).toMatchObject({ kind: 'document', document: { format: 'text' } });
  });

  it('keeps traversal names as item keys, with control characters escaped', () => {
    const zip = zipSync({
      '../escape.txt': strToU8(ARTICLE),
      '/etc/absolute.txt': strToU8(ARTICLE),
      'C:\\windows\\drive.txt': strToU8(ARTICLE),
      'nul\u0000name\u001b.txt': strToU8(ARTICLE),
    });

    const read = readDocument(zip);

    expect(read.kind === 'items' && read.items.map((item) => item.itemKey)).toEqual([
      '../escape.txt',
      '/etc/absolute.txt',
      'C:\\windows\\drive.txt',
      'nul%00name%1B.txt',
    ]);
  });
});

describe('readDocument on containers', () => {
  it('reads the one article in a .gz upload with the inner extension', () => {
    const bytes = gzipSync(strToU8('# Heading\n\nMarkdown paragraph.'));

    const read = readDocument(bytes, { key: 'in/story.md.gz' });

    expect(read).toMatchObject({ kind: 'document', document: { format: 'markdown' } });
  });

  it('reads a DOCX inside a gzip, and rejects a gzip in a gzip in a gzip', () => {
    const docx = buildDocx({ paragraphs: [['', 'Text.']] });
    const nested = gzipSync(gzipSync(gzipSync(strToU8(ARTICLE))));

    expect(readDocument(gzipSync(docx))).toMatchObject({ document: { format: 'docx' } });
    expect(readDocument(nested)).toMatchObject({ kind: 'rejected', reason: 'unsupported-format' });
  });

  it('calls an archive with no files empty and a truncated zip malformed', () => {
    const folderOnly = zipSync({ 'folder/': new Uint8Array(0) });
    const truncated = zipSync({ 'a.txt': strToU8(ARTICLE) }).subarray(0, 30);

    expect(readDocument(folderOnly)).toMatchObject({ kind: 'rejected', reason: 'empty' });
    expect(readDocument(truncated)).toMatchObject({ kind: 'rejected', reason: 'malformed' });
  });
});
