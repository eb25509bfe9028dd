import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { elementsNamed, parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { findElements } from '#shared/formats/markup/index.ts';

const PAGE =
  '<html><head><meta name="a"><link rel="x"></head><body><div><p id="one">One</p><section><p id="two">Two</p></section></div><p id="three">Three</p><meta name="b"></body></html>';

/** What `search` charges the work budget. */
const spentBy = (search: () => unknown): number => {
  const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);
  withinBudget(DEFAULT_LIMITS, budget, search);
  return budget.used;
};

describe('elementsNamed on a whole document', () => {
  it('finds the elements in document order, search after search', () => {
    const document = parseHtmlDocument(PAGE);
    const ids = () => elementsNamed(document, 'p').map((p) => p.attribs.id);

    expect(ids()).toEqual(['one', 'two', 'three']);
    expect(elementsNamed(document, 'meta').map((m) => m.attribs.name)).toEqual(['a', 'b']);
    expect(ids()).toEqual(['one', 'two', 'three']);
    expect(elementsNamed(document, 'table')).toEqual([]);
  });

  it('hands out its own list: changing one does not change the next search', () => {
    const document = parseHtmlDocument(PAGE);
    elementsNamed(document, 'p').pop();

    expect(elementsNamed(document, 'p')).toHaveLength(3);
  });

  it('charges every search the walk of the whole document it stands for', () => {
    const document = parseHtmlDocument(PAGE);
    const walk = spentBy(() => findElements(() => true, document.children, 'test'));

    expect(walk).toBeGreaterThan(0);
    expect(spentBy(() => elementsNamed(document, 'p'))).toBe(walk);
    expect(spentBy(() => elementsNamed(document, 'link'))).toBe(walk);
  });

  it('searches under an element by walking it', () => {
    const document = parseHtmlDocument(PAGE);
    const [div] = elementsNamed(document, 'div');

    expect(elementsNamed(div as NonNullable<typeof div>, 'p').map((p) => p.attribs.id)).toEqual([
      'one',
      'two',
    ]);
  });
});
