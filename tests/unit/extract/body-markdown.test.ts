import { lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Section } from '#shared/domain/record.ts';
import { escapeLine, renderBodyMarkdown } from '#shared/extract/body-markdown.ts';

/** Every token type a Markdown reader would find in `markdown`, nested ones included. */
const tokenTypes = (markdown: string): string[] => {
  const types: string[] = [];
  const walk = (tokens: ReturnType<typeof lexer>[number][]): void => {
    for (const token of tokens) {
      types.push(token.type);
      if ('tokens' in token && token.tokens) walk(token.tokens);
      if (token.type === 'list') for (const item of token.items) walk(item.tokens);
    }
  };
  walk(lexer(markdown));
  return types;
};

describe('renderBodyMarkdown', () => {
  it('renders plain sections as paragraphs under level-2 headings', () => {
    const sections: Section[] = [
      { heading: null, paragraphs: ['Lede.'] },
      { heading: 'Later', paragraphs: ['One.', 'Two.'] },
    ];

    expect(renderBodyMarkdown(sections)).toBe('Lede.\n\n## Later\n\nOne.\n\nTwo.');
  });

  it('renders typed blocks: heading levels, lists, tables, quotes with their address, figures', () => {
    const sections: Section[] = [
      {
        heading: 'Results',
        paragraphs: [],
        blocks: [
          { type: 'heading', level: 3, text: 'Results' },
          { type: 'list', ordered: true, items: ['Ann', 'Tom'] },
          {
            type: 'table',
            rows: [
              ['Port', 'Ships'],
              ['Dover', '12'],
            ],
            header: true,
          },
          { type: 'table', rows: [['a', 'b', 'c'], ['d']] },
          {
            type: 'quote',
            text: 'First.\n\nSecond.',
            source: 'embed',
            cite: 'https://x.test/status/1',
          },
          { type: 'figure', caption: 'The pier at dawn.', credit: 'Ann Lee' },
        ],
      },
    ];

    expect(renderBodyMarkdown(sections).split('\n\n')).toEqual([
      '### Results',
      '1. Ann\n2. Tom',
      '| Port | Ships |\n| --- | --- |\n| Dover | 12 |',
      '|  |  |  |\n| --- | --- | --- |\n| a | b | c |\n| d |  |  |',
      '> First.\n>\n> Second.\n>\n> — <https://x.test/status/1>',
      '*The pier at dawn.* (Ann Lee)',
    ]);
  });

  it('never lets text become markup: HTML, links, code, emphasis stay text', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '[x](javascript:alert(1)) and ![i](http://t.test/p.gif) www.bare.test',
      '`code` and ```fence```',
      '*bold* _em_ ~~gone~~ &lt;b&gt; &#60;i&#62;',
      '<https://autolink.test>',
    ].join(' ');
    const markdown = renderBodyMarkdown([{ heading: null, paragraphs: [hostile] }]);

    const types = new Set(tokenTypes(markdown));
    expect([...types].sort()).toEqual(['escape', 'paragraph', 'text']);
    expect(markdown).not.toContain('<script>');
  });

  it('escapes pipes inside table cells and keeps one row per line', () => {
    const markdown = renderBodyMarkdown([
      {
        heading: null,
        paragraphs: [],
        blocks: [{ type: 'table', rows: [['a | b', 'line\nbreak']], header: true }],
      },
    ]);

    expect(markdown).toBe('| a \\| b | line break |\n| --- | --- |');
    const [table] = lexer(markdown);
    expect(
      table?.type === 'table' && table.header.map((cell: { text: string }) => cell.text),
    ).toEqual(['a | b', 'line break']);
  });

  it("writes a table's caption as an italic line before it, a blank line apart", () => {
    const markdown = renderBodyMarkdown([
      {
        heading: null,
        paragraphs: [],
        blocks: [
          {
            type: 'table',
            rows: [
              ['Port', 'Ships'],
              ['Dover', '12'],
            ],
            header: true,
            caption: 'Ships *per* port',
          },
        ],
      },
    ]);

    expect(markdown).toBe(
      '*Ships \\*per\\* port*\n\n| Port | Ships |\n| --- | --- |\n| Dover | 12 |',
    );
    const [caption, , table] = lexer(markdown);
    expect(caption?.type).toBe('paragraph');
    expect(table?.type).toBe('table');
    expect(
      table?.type === 'table' && table.header.map((cell: { text: string }) => cell.text),
    ).toEqual(['Port', 'Ships']);
  });

  it('escapes what would open a block at a line start', () => {
    expect(escapeLine('# not a heading')).toBe('\\# not a heading');
    expect(escapeLine('- not an item')).toBe('\\- not an item');
    expect(escapeLine('1999. A year')).toBe('1999\\. A year');
    expect(escapeLine('> not a quote')).toBe('\\> not a quote');
    expect(tokenTypes(renderBodyMarkdown([{ heading: 'C#', paragraphs: ['x'] }]))[0]).toBe(
      'heading',
    );
    expect(renderBodyMarkdown([{ heading: 'C#', paragraphs: ['x'] }])).toBe('## C\\#\n\nx');
  });

  it('writes only http(s) addresses as links', () => {
    const markdown = renderBodyMarkdown([
      {
        heading: null,
        paragraphs: [],
        blocks: [{ type: 'quote', text: 'Q.', cite: 'javascript:alert(1)' }],
      },
    ]);

    expect(markdown).toBe('> Q.\n>\n> — javascript:alert(1)');
    expect(tokenTypes(markdown)).not.toContain('link');
  });
});
