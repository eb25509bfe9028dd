import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchSets,
  formatOf,
  groupByFormat,
  loadCorpusBodyPages,
  loadFixtureSamples,
} from '#bench/bench/inputs.ts';

const fixtureDir = (files: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'bench-inputs-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
};

describe('formatOf', () => {
  it('labels a file by its lower-cased extension', () => {
    expect(formatOf('input.HTML')).toBe('html');
    expect(formatOf('input.tar.gz')).toBe('gz');
    expect(formatOf('README')).toBe('other');
  });
});

describe('loadFixtureSamples', () => {
  it('takes each fixture input by slug and skips folders without one', () => {
    const root = fixtureDir({
      'b-text/input.txt': 'Hello',
      'a-page/input.html': '<p>Hi</p>',
      'a-page/expected.json': '{}',
      'c-empty/notes.md': 'no input here',
    });

    const samples = loadFixtureSamples(root);

    expect(samples.map((s) => [s.id, s.format, s.bytes.byteLength])).toEqual([
      ['a-page', 'html', 9],
      ['b-text', 'txt', 5],
    ]);
  });
});

describe('groupByFormat', () => {
  it('groups samples by format, formats in name order', () => {
    const root = fixtureDir({
      'x/input.xml': '<a/>',
      'h1/input.html': '<p/>',
      'h2/input.html': '<p/>',
    });

    const groups = groupByFormat(loadFixtureSamples(root));

    expect([...groups].map(([format, s]) => [format, s.map((x) => x.id)])).toEqual([
      ['html', ['h1', 'h2']],
      ['xml', ['x']],
    ]);
  });
});

describe('loadCorpusBodyPages', () => {
  it('says the corpus is absent with undefined rather than an empty set', () => {
    expect(loadCorpusBodyPages(join(tmpdir(), 'no-such-corpus-here'))).toBeUndefined();
  });

  it("reads the html-body set's pages", () => {
    const root = fixtureDir({
      'html-body/html/p1.html': '<p>One</p>',
      'html-body/gold/p1.txt': 'One',
    });

    expect(loadCorpusBodyPages(root)?.map((s) => s.id)).toEqual(['p1']);
  });
});

describe('benchSets', () => {
  it('names one set per fixture format and adds the corpus pages last when present', () => {
    const root = fixtureDir({ 't/input.txt': 'Hi', 'h/input.html': '<p/>' });
    const fixtures = loadFixtureSamples(root);
    const corpus = loadCorpusBodyPages(fixtureDir({ 'html-body/html/p.html': '<p/>' }));

    expect(benchSets(fixtures, corpus).map((set) => set.name)).toEqual([
      'fixtures html',
      'fixtures txt',
      'corpus html-body',
    ]);
    expect(benchSets(fixtures, undefined).map((set) => set.name)).toEqual([
      'fixtures html',
      'fixtures txt',
    ]);
  });
});
