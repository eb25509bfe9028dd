import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  gunzipWithLimits,
  MAX_EXPANDED_BYTES,
  MAX_ZIP_ENTRIES,
  unzipWithLimits,
} from '../../../shared/formats/containers.ts';
import { readDocument } from '../../../shared/formats/read-document.ts';
import { buildDocx } from './docx-builder.ts';

const ARTICLE =
  'Title: A headline\n\nA paragraph of article text that is long enough to be read.\n';

describe('gunzipWithLimits', () => {
  it('returns the content of a gzip file', () => {
    const out = gunzipWithLimits(gzipSync(strToU8('hello')));

    expect(new TextDecoder().decode(out as Uint8Array)).toBe('hello');
  });

  it('rejects a gzip bomb as too-large without expanding it all', () => {
    const bomb = gzipSync(new Uint8Array(MAX_EXPANDED_BYTES + 1024 * 1024), { level: 9 });

    const out = gunzipWithLimits(bomb);

    expect(out).toMatchObject({ kind: 'rejected', reason: 'too-large' });
    expect((out as { detail: string }).detail).toContain('50 MiB');
  });

  it('rejects an expansion ratio over the limit once past a megabyte', () => {
    const out = gunzipWithLimits(gzipSync(new Uint8Array(4 * 1024 * 1024)));

    expect(out).toMatchObject({ kind: 'rejected', reason: 'too-large' });
  });

  it('stops at the budget an upload has left and spends it on what it expands', () => {
    const text = strToU8('x'.repeat(2000));
    const short = { remaining: 1000 };
    const ample = { remaining: 5000 };

    expect(gunzipWithLimits(gzipSync(text), short)).toMatchObject({ reason: 'too-large' });
    expect(gunzipWithLimits(gzipSync(text), ample)).toHaveLength(2000);
    expect(ample.remaining).toBe(3000);
    expect(unzipWithLimits(zipSync({ 'a.txt': text }), undefined, short)).toMatchObject({
      reason: 'too-large',
    });
  });

  it('calls corrupt gzip data malformed', () => {
    const broken = gzipSync(strToU8(ARTICLE.repeat(50)));
    broken.fill(0xff, 12, 40);

    expect(gunzipWithLimits(broken)).toMatchObject({ kind: 'rejected', reason: 'malformed' });
  });
});

describe('unzipWithLimits', () => {
  it('rejects a zip listing more entries than the limit', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) files[`f${i}.txt`] = new Uint8Array(1);

    expect(unzipWithLimits(zipSync(files))).toMatchObject({
      kind: 'rejected',
      reason: 'too-large',
    });
  });

  it('rejects entries whose declared sizes pass the ratio limit', () => {
    const zip = zipSync({ 'zeros.txt': new Uint8Array(8 * 1024 * 1024) });

    expect(unzipWithLimits(zip)).toMatchObject({ kind: 'rejected', reason: 'too-large' });
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
