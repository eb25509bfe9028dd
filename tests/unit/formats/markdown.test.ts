import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../shared/formats/markdown.ts';

describe('parseMarkdown', () => {
  it('reads front matter fields', () => {
    const text = [
      '---',
      'title: Tides',
      'subtitle: Why the sea moves',
      'authors: [Ann Lee, Bo Kim]',
      'published: 2026-01-02',
      'updated: 2026-01-03',
      'keywords: sea, moon',
      'site: Coast Notes',
      'lang: fr-CA',
      '---',
      'Body.',
    ].join('\n');

    const doc = parseMarkdown(text);

    expect(doc).toMatchObject({
      title: 'Tides',
      subtitle: 'Why the sea moves',
      authors: ['Ann Lee', 'Bo Kim'],
      publisher: 'Coast Notes',
      languageHint: 'fr-CA',
      keywords: ['sea', 'moon'],
      dates: [
        { value: '2026-01-02', source: 'front-matter', kind: 'published' },
        { value: '2026-01-03', source: 'front-matter', kind: 'modified' },
      ],
    });
  });

  it('ignores broken front matter but keeps the text', () => {
    const doc = parseMarkdown('---\ntitle: [unclosed\n---\nStill here.');

    expect(doc.title).toBeUndefined();
    expect(doc.sections[0]?.paragraphs).toEqual(['Still here.']);
  });

  it('takes a leading # heading as the title and later headings as sections', () => {
    const doc = parseMarkdown(
      '# Tides\n\nIntro.\n\n## Spring tides\n\nBig ones.\n\n### Neap\n\nSmall.',
    );

    expect(doc.title).toBe('Tides');
    expect(doc.sections).toEqual([
      { heading: null, paragraphs: ['Intro.'] },
      { heading: 'Spring tides', paragraphs: ['Big ones.'] },
      { heading: 'Neap', paragraphs: ['Small.'] },
    ]);
  });

  it('reduces inline markup to its text', () => {
    const doc = parseMarkdown(
      'Some **bold**, _em_, `code`, [a link](http://x.test) &amp; ![img](i.png)more.',
    );

    expect(doc.sections[0]?.paragraphs).toEqual(['Some bold, em, code, a link & more.']);
  });

  it('refuses lists nested deeper than an article would, before the lexer slows down', () => {
    const nested = Array.from({ length: 60 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n');

    expect(() => parseMarkdown(nested)).toThrow(/indents lines deeper/);
  });

  it('turns list items and quotes into paragraphs and skips code blocks', () => {
    const doc = parseMarkdown('- one\n- two\n\n> quoted\n\n```\nconst x = 1;\n```');

    expect(doc.sections[0]?.paragraphs).toEqual(['one', 'two', 'quoted']);
  });
});
