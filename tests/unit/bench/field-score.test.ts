import { describe, expect, it } from 'vitest';
import { authorCase, dateCase, scoreCases, titleCase } from '#bench/eval/field-score.ts';
import { parseDateGold, parseMetaGold } from '#bench/eval/meta-gold.ts';

describe('parseMetaGold', () => {
  it('counts a date as asserted when either date_published or date_day is', () => {
    const byInstant = parseMetaGold({
      file: 'a.html',
      date_day: '2016-12-16',
      asserted: ['date_published'],
    });
    const byDay = parseMetaGold({
      file: 'b.html',
      date_day: '2016-12-13',
      asserted: ['title', 'date_day'],
    });

    expect(byInstant.asserts).toEqual({ title: false, author: false, date: true });
    expect(byDay.asserts).toEqual({ title: true, author: false, date: true });
    expect(byDay.dateDay).toBe('2016-12-13');
  });

  it('keeps an asserted field without a value as null, meaning "the page has none"', () => {
    const gold = parseMetaGold({
      file: 'c.html',
      title: 'T',
      asserted: ['author', 'date_published'],
    });

    expect(gold).toMatchObject({
      author: null,
      dateDay: null,
      asserts: { author: true, date: true },
    });
  });
});

describe('parseDateGold', () => {
  it('reads the file and the published day', () => {
    expect(parseDateGold({ file: 'html/1.html', date_published: '2020-09-21', set: 'x' })).toEqual({
      file: 'html/1.html',
      day: '2020-09-21',
    });
  });
});

describe('field cases', () => {
  it('compares titles after folding and authors as name sets', () => {
    const ours = { title: 'Seven trends ', authors: ['B Two', 'A One'] };

    expect(titleCase('f', 'Seven Trends', ours).match).toBe(true);
    expect(authorCase('f', 'A One and B Two', ours)).toMatchObject({
      match: true,
      ours: 'B Two | A One',
    });
  });

  it('matches a date by day, and a null gold only when we found no date', () => {
    expect(dateCase('f', '2019-03-04', { publishedDate: '2019-03-04' }).match).toBe(true);
    expect(dateCase('f', '2019-03-04', { publishedDate: '2019-03-05' }).match).toBe(false);
    expect(dateCase('f', null, {}).match).toBe(true);
    expect(dateCase('f', null, { publishedDate: '2019-03-05' }).match).toBe(false);
  });

  it('scores a page without a prediction as a miss', () => {
    expect(titleCase('f', 'T', undefined)).toEqual({
      file: 'f',
      gold: 'T',
      ours: '',
      match: false,
    });
  });
});

describe('scoreCases', () => {
  it('gives the share of matches and keeps the failures', () => {
    const score = scoreCases([
      { file: 'a', gold: 'x', ours: 'x', match: true },
      { file: 'b', gold: 'y', ours: 'z', match: false },
    ]);

    expect(score).toEqual({
      hits: 1,
      total: 2,
      rate: 0.5,
      failures: [{ file: 'b', gold: 'y', ours: 'z' }],
    });
  });

  it('reports no rate when no page asserts the field', () => {
    expect(scoreCases([]).rate).toBeNaN();
  });
});
