import { describe, expect, it } from 'vitest';
import { assignFolds, registrableDomain, siteOf } from '#bench/eval/site-folds.ts';

describe('siteOf', () => {
  it('names a page by the registrable domain of its URL', () => {
    expect(siteOf('https://www.example.com/a/b', 'x.html')).toBe('example.com');
    expect(siteOf('https://edition.news.example.org/story', 'x.html')).toBe('example.org');
    expect(siteOf('http://www.paper.co.uk/2020/01/story', 'x.html')).toBe('paper.co.uk');
  });

  it('falls back to a file name that is a host, else to the file name itself', () => {
    expect(siteOf(undefined, 'html/blog.example.com.html')).toBe('example.com');
    expect(siteOf('not a url', 'html/1234567.html')).toBe('1234567');
  });
});

describe('registrableDomain', () => {
  it('keeps a two-label host and three labels under a shared second level', () => {
    expect(registrableDomain('example.jp')).toBe('example.jp');
    expect(registrableDomain('news.site.ne.jp')).toBe('site.ne.jp');
  });
});

/** Pages of several sites, sized unevenly: one site of five pages, others of one to three. */
const pages = (): Map<string, string> => {
  const sites = new Map<string, string>();
  const sizes: Array<[string, number]> = [
    ['big.example', 5],
    ['mid.example', 3],
    ['two.example', 2],
    ['a.example', 1],
    ['b.example', 1],
    ['c.example', 1],
    ['d.example', 1],
    ['e.example', 1],
    ['f.example', 1],
  ];
  for (const [site, count] of sizes) {
    for (let i = 0; i < count; i += 1) sites.set(`${site}-${i}`, site);
  }
  return sites;
};

describe('assignFolds', () => {
  it('never splits a site across folds', () => {
    const sites = pages();
    const folds = assignFolds(sites, 3);
    const foldOfSite = new Map<string, Set<number>>();
    for (const [id, fold] of folds) {
      const site = sites.get(id) ?? '';
      foldOfSite.set(site, (foldOfSite.get(site) ?? new Set()).add(fold));
    }

    expect(folds.size).toBe(sites.size);
    expect([...foldOfSite.values()].every((set) => set.size === 1)).toBe(true);
  });

  it('gives the same folds every time and whatever the input order', () => {
    const sites = pages();
    const reversed = new Map([...sites].reverse());

    expect(assignFolds(sites, 3)).toEqual(assignFolds(sites, 3));
    expect(new Map([...assignFolds(reversed, 3)].sort())).toEqual(
      new Map([...assignFolds(sites, 3)].sort()),
    );
  });

  it('keeps folds near equal in size, using every fold', () => {
    const sizes = [0, 0, 0];
    for (const fold of assignFolds(pages(), 3).values()) sizes[fold] = (sizes[fold] ?? 0) + 1;

    expect(sizes.every((size) => size >= 5 && size <= 6)).toBe(true);
  });

  it('refuses a fold count below one', () => {
    expect(() => assignFolds(pages(), 0)).toThrow(RangeError);
  });
});
