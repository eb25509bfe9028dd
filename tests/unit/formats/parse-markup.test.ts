import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { budgetFor, WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { isElement, parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';
import { MalformedInputError } from '#shared/formats/malformed.ts';
import { parseMarkup } from '#shared/formats/markup/parse.ts';
import { parseXml } from '#shared/formats/markup/xml.ts';
import { TooDeepError, TooLargeInputError } from '#shared/formats/too-deep.ts';
import { parseNitf } from '#shared/formats/wire/nitf.ts';

const LIMIT = DEFAULT_LIMITS.maxNestingDepth;
const nested = (tag: string, depth: number, inner = 'x'): string =>
  `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

/** Depth of the deepest element of a parsed tree (elements only). */
const depthOf = (nodes: ReturnType<typeof parseHtmlDocument>['children']): number => {
  let deepest = 0;
  const pending = nodes.map((node) => ({ node, depth: 1 }));
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (!isElement(item.node)) continue;
    deepest = Math.max(deepest, item.depth);
    for (const child of item.node.children) pending.push({ node: child, depth: item.depth + 1 });
  }
  return deepest;
};

describe('parseMarkup depth guard', () => {
  it('parses HTML nested exactly to the limit', () => {
    const document = parseHtmlDocument(nested('div', LIMIT));

    expect(depthOf(document.children)).toBe(LIMIT);
  });

  it('rejects HTML one level past the limit with TooDeepError naming the limit', () => {
    const parse = () => parseHtml(nested('div', LIMIT + 1));

    expect(parse).toThrow(TooDeepError);
    expect(parse).toThrow(`the limit is ${LIMIT}`);
  });

  it('stops tokenizing where the limit is passed, not at the end of the file', () => {
    const tail = `<p>${'word '.repeat(100_000)}</p>`;
    const html = `${'<div>'.repeat(LIMIT + 1)}${tail}`;
    const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);

    const parse = () => withinBudget(DEFAULT_LIMITS, budget, () => parseHtmlDocument(html));

    expect(parse).toThrow(TooDeepError);
    expect(budget.used).toBeLessThan(html.length / 4);
  });

  it('applies the nesting limit in force', () => {
    const limits = { ...DEFAULT_LIMITS, maxNestingDepth: 10 };
    const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);

    const parse = (depth: number) =>
      withinBudget(limits, budget, () => parseXml(nested('item', depth)));

    expect(() => parse(10)).not.toThrow();
    expect(() => parse(11)).toThrow('the limit is 10');
  });

  it('counts HTML paragraphs closed by the next one as siblings, not as nesting', () => {
    const html = `<body>${'<p>text '.repeat(LIMIT * 3)}</body>`;

    const document = parseHtmlDocument(html);

    expect(depthOf(document.children)).toBe(2);
  });

  it('counts list items, table cells and void elements closed implicitly as siblings', () => {
    const html =
      `<ul>${'<li>item'.repeat(LIMIT * 2)}</ul>` +
      `<table>${'<tr><td>cell'.repeat(LIMIT * 2)}</table>` +
      `<div>${'<br><img src="a.png"><input>'.repeat(LIMIT * 2)}</div>`;

    const document = parseHtmlDocument(html);

    expect(depthOf(document.children)).toBeLessThanOrEqual(4);
  });

  it('counts unclosed XML paragraphs as nesting, since XML implies no end tags', () => {
    const xml = `<nitf><body><body.content>${'<p>word '.repeat(LIMIT * 3)}</body.content></body></nitf>`;

    expect(() => parseNitf(xml)).toThrow(TooDeepError);
    expect(() => parseNitf(xml)).toThrow('The XML nests elements');
  });

  it('reads text split across tokenizer chunks as one text', () => {
    const word = 'abcdefghij';
    const html = `<p title="${'t'.repeat(70_000)}">${word.repeat(20_000)}</p>`;

    const document = parseMarkup(html, { xmlMode: false });

    const paragraph = document.children[0];
    expect(paragraph !== undefined && isElement(paragraph) && paragraph.attribs.title?.length).toBe(
      70_000,
    );
    expect(paragraph !== undefined && isElement(paragraph) && paragraph.children.length).toBe(1);
  });
});

describe('element limit', () => {
  it('stops building a tree past maxElements as too large, before reading the rest', () => {
    const limits = { ...DEFAULT_LIMITS, maxElements: 1000 };
    const html = `<html><body>${'<p>a '.repeat(1001)}</body></html>`;

    const parse = () =>
      withinBudget(limits, budgetFor(html.length, limits), () =>
        parseMarkup(html, { xmlMode: false }),
      );

    expect(parse).toThrow(TooLargeInputError);
    expect(parse).toThrow('holds more than 1000 elements');
  });

  it('builds a tree of exactly maxElements', () => {
    const limits = { ...DEFAULT_LIMITS, maxElements: 1000 };
    const html = '<p>a '.repeat(1000);

    const tree = withinBudget(limits, budgetFor(html.length, limits), () =>
      parseMarkup(html, { xmlMode: false }),
    );

    expect(tree.children).toHaveLength(1000);
  });
});

describe('parseMarkup on input cut short', () => {
  it('throws MalformedInputError for XML whose root element is never closed', () => {
    expect(() => parseXml('<feed><entry>text</entry>')).toThrow(MalformedInputError);
    expect(() => parseXml('<feed><entry>te')).toThrow(MalformedInputError);
    expect(() => parseXml('<feed>text</feed')).toThrow(MalformedInputError);
  });

  it('accepts XML whose root closes, a self-closed root, and an inner element closed by its parent', () => {
    expect(() => parseXml('<?xml version="1.0"?><feed/>')).not.toThrow();
    expect(() => parseXml('<feed><entry>text</feed>')).not.toThrow();
  });

  it('leaves HTML without its end tags alone', () => {
    expect(() => parseMarkup('<html><body><p>Text', { xmlMode: false })).not.toThrow();
  });
});
