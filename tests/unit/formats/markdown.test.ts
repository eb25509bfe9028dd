import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { BudgetExceededError, WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { parseMarkdown } from '#shared/formats/markdown/read-markdown.ts';
import { readDocument } from '#shared/formats/read-document.ts';

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
      {
        heading: 'Neap',
        paragraphs: ['Small.'],
        blocks: [
          { type: 'heading', level: 3, text: 'Neap' },
          { type: 'paragraph', text: 'Small.' },
        ],
      },
    ]);
  });

  it('keeps lists, quotes and tables as typed blocks, their text as paragraphs', () => {
    const doc = parseMarkdown(
      [
        'Intro.',
        '1. first\n2. second\n   - nested',
        '> Quoted *line*.\n>\n> Second.',
        '| Port | Ships |\n| --- | --- |\n| Dover | 12 |',
      ].join('\n\n'),
    );

    expect(doc.sections[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'Intro.' },
      { type: 'list', ordered: true, items: ['first', 'second', 'nested'] },
      { type: 'quote', text: 'Quoted line.\n\nSecond.' },
      {
        type: 'table',
        rows: [
          ['Port', 'Ships'],
          ['Dover', '12'],
        ],
        header: true,
      },
    ]);
    expect(doc.sections[0]?.paragraphs).toEqual([
      'Intro.',
      'first',
      'second',
      'nested',
      'Quoted line.',
      'Second.',
      'Port Ships',
      'Dover 12',
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

describe('Markdown past the limits', () => {
  const readMarkdown = (text: string) => readDocument(strToU8(text), { key: 'story.md' });

  it('rejects 50,000 list markers on one line as too-deep before the lexer recurses', () => {
    expect(readMarkdown(`${'- '.repeat(50_000)}x`)).toMatchObject({
      kind: 'rejected',
      reason: 'too-deep',
      detail: 'The Markdown nests lists and quotes deeper than 16 levels.',
    });
  });

  it('counts quote marks, bullets and ordinals together on a line', () => {
    const mixed = `${'> 1. * '.repeat(6)}x`;

    expect(() => parseMarkdown(mixed)).toThrow(expect.objectContaining({ name: 'TooDeepError' }));
  });

  it('reads nesting up to the limit, and a long spaced rule as a rule', () => {
    const doc = parseMarkdown(`${'- '.repeat(16)}Deep item.\n\n${'- '.repeat(50_000)}\n\nAfter.`);

    expect(doc.sections[0]?.paragraphs).toEqual(['Deep item.', 'After.']);
  });

  it('applies a lower nesting limit in force', () => {
    const limits = { ...DEFAULT_LIMITS, maxNestingDepth: 2 };

    const read = () => withinBudget(limits, new WorkBudget(1e6), () => parseMarkdown('> > > x'));

    expect(read).toThrow(expect.objectContaining({ name: 'TooDeepError' }));
  });

  it('refuses more Markdown than the lexer is given as too large, before lexing it', () => {
    const limits = { ...DEFAULT_LIMITS, maxMarkdownChars: 1000 };
    const text = `# Fares\n\n${'| x | y |\n'.repeat(200)}`;

    const read = () =>
      withinBudget(limits, new WorkBudget(1e6), () =>
        readDocument(strToU8(text), { key: 'fares.md' }),
      );

    expect(read()).toMatchObject({ kind: 'rejected', reason: 'too-large' });
  });

  it('charges each line to the work budget once per level it is nested at', () => {
    const text = `${'> '.repeat(10)}${'word '.repeat(100)}`;

    const read = (units: number) => () =>
      withinBudget(DEFAULT_LIMITS, new WorkBudget(units), () => parseMarkdown(text));

    expect(read(text.length * 11 + 11)).not.toThrow();
    expect(read(text.length * 10)).toThrow(BudgetExceededError);
  });

  it('ignores front matter that expands through aliases (billion laughs), keeping the text', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }

    const doc = parseMarkdown(`---\ntitle: Laughs\n${levels.join('\n')}\n---\nBody text.`);

    expect(doc.title).toBeUndefined();
    expect(doc.sections[0]?.paragraphs).toEqual(['Body text.']);
  });

  it.each([
    ['deeply nested flow collections', `title: Deep\nk: ${'['.repeat(5000)}${']'.repeat(5000)}`],
    [
      'deep indentation',
      `title: Deep\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n')}`,
    ],
    ['a front matter of megabytes', `title: Big\nsummary: ${'x'.repeat(1024 * 1024)}`],
  ])('ignores front matter with %s, keeping the text', (_, yaml) => {
    const doc = parseMarkdown(`---\n${yaml}\n---\nBody text.`);

    expect(doc.title).toBeUndefined();
    expect(doc.sections[0]?.paragraphs).toEqual(['Body text.']);
  });
});
