import { describe, expect, it } from 'vitest';
import type { SourceFacts } from '#shared/domain/record.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';

const NOW = new Date('2026-02-10T12:00:00Z');
const source = (key: string): SourceFacts => ({ bucket: 'articles', key, sequencer: '0A1B' });
const bytes = (text: string) => new TextEncoder().encode(text);

/** The record of a file that holds one article. */
const buildRecord = (text: string, key: string) => {
  const built = buildObject({ bytes: bytes(text), source: source(key), now: NOW });
  if (built.kind !== 'article') throw new Error(`expected one article, got ${built.kind}`);
  return built.record;
};

/** Every string anywhere in a value, however deep. */
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
};

const TAG_LIKE = /<\/?[a-z][^<>]*>/i;

/** A page whose author, title and text carry markup once their entities are decoded. */
const hostilePage = (paragraph: string) => `<!doctype html><html lang="en"><head>
<title>Bridge &lt;b&gt;reopens&lt;/b&gt; after repairs</title>
<meta name="author" content="Jane &lt;img src=x onerror=alert(2)&gt; Smith">
<script type="application/ld+json">{"@type": "NewsArticle",
 "headline": "Bridge <b>reopens</b> after repairs",
 "author": {"@type": "Person", "name": "Jane <img src=x onerror=alert(2)> Smith"},
 "datePublished": "2025-11-05"}</script>
</head><body><article><h1>Bridge &lt;i&gt;reopens&lt;/i&gt;</h1>
<p>${paragraph}</p>
<p>&quot;It is &lt;b onmouseover=alert(3)&gt;open&lt;/b&gt; again,&quot; said Maria Lopez, the
city engineer, adding that lanes where a &lt; b and c &gt; d would merge first.</p>
</article></body></html>`;

const SCRIPTED =
  'The harbour bridge reopened on Wednesday. A visitor typed &lt;script&gt;alert(1)&lt;/script&gt; into the council website.';
const CLEAN = 'The harbour bridge reopened on Wednesday. A visitor typed into the council website.';

describe('stored fields are plain text', () => {
  it('holds no tag in any field when the author and body carry decoded markup', () => {
    const record = buildRecord(hostilePage(SCRIPTED), 'news/bridge.html');

    expect(record.status).toBe('ingested');
    expect(stringsIn(record).filter((text) => TAG_LIKE.test(text))).toEqual([]);
    expect(record).toMatchObject({
      title: 'Bridge reopens',
      authors: ['Jane Smith'],
      lede: CLEAN,
      quotes: [{ text: 'It is open again', speaker: 'Maria Lopez' }],
    });
  });

  it('keeps a comparison written with < and > in the text', () => {
    const record = buildRecord(hostilePage(SCRIPTED), 'news/bridge.html');

    expect(record.status === 'ingested' && record.body).toContain('where a < b and c > d would');
  });

  it('hashes the stored text, so markup does not tell two copies apart', () => {
    const marked = buildRecord(hostilePage(SCRIPTED), 'news/marked.html');
    const clean = buildRecord(hostilePage(CLEAN), 'news/clean.html');

    expect(marked.status === 'ingested' && marked.contentHash).toBe(
      clean.status === 'ingested' && clean.contentHash,
    );
  });
});

describe('a few words are not an article', () => {
  it.each([
    ['a 1-byte file', 'x', 'upload.txt'],
    ['a 3-word file', 'Three words only.', 'upload.txt'],
    ['a page whose text is only markup', '<p>&lt;b&gt;&lt;/b&gt;</p>', 'upload.html'],
  ])('rejects %s as no-article with a detail that says why', (_name, text, key) => {
    const record = buildRecord(text, key);

    expect(record).toMatchObject({ status: 'rejected', reason: 'no-article' });
    expect(record.status === 'rejected' && record.reasonDetail).toMatch(/too few words/);
  });

  it('still reads a short story of one full sentence', () => {
    const record = buildRecord('The ferry resumed service on Monday.', 'upload.txt');

    expect(record).toMatchObject({ status: 'ingested', wordCount: 6 });
  });
});
