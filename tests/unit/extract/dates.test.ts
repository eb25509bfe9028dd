import { describe, expect, it } from 'vitest';
import { dateInPath, pickDates, resolveMonthDay } from '#shared/extract/dates.ts';
import type { DateCandidate } from '#shared/formats/document.ts';
import { parseDateValue } from '#shared/text/date-value.ts';

const NOW = new Date('2026-02-10T12:00:00Z');

describe('parseDateValue', () => {
  it.each([
    ['2026-02-03', '2026-02-03'],
    ['2026/2/3', '2026-02-03'],
    ['3 February 2026', '2026-02-03'],
    ['Tue, 03 Feb 2026 10:00:00 GMT', '2026-02-03'],
    ['February 3rd, 2026', '2026-02-03'],
    ['Sept. 30, 2025', '2025-09-30'],
  ])('reads %s as %s', (value, date) => {
    expect(parseDateValue(value)?.date).toBe(date);
  });

  it('keeps the written day and converts the instant to UTC when the zone is known', () => {
    expect(parseDateValue('2026-02-03T23:30:00-05:00')).toEqual({
      date: '2026-02-03',
      at: '2026-02-04T04:30:00.000Z',
      inUtc: false,
      wallClockMs: Date.UTC(2026, 1, 3, 23, 30),
    });
  });

  it('keeps the wall clock of a time written with a zone other than UTC', () => {
    expect(parseDateValue('2026-02-03T23:30:00+09:00')?.wallClockMs).toBe(
      Date.UTC(2026, 1, 3, 23, 30),
    );
    expect(parseDateValue('2026-02-03T23:30:00Z')?.wallClockMs).toBeUndefined();
  });

  it('gives no instant when the zone is unknown', () => {
    expect(parseDateValue('2026-02-03 10:00')).toEqual({
      date: '2026-02-03',
      wallClockMs: Date.UTC(2026, 1, 3, 10, 0),
    });
  });

  it.each(['2026-02-30', '2026-13-01', 'yesterday', 'Monday 3'])('rejects %s', (value) => {
    expect(parseDateValue(value)).toBeNull();
  });
});

describe('pickDates', () => {
  const candidate = (
    value: string,
    source: DateCandidate['source'],
    kind: DateCandidate['kind'] = 'published',
  ) => ({ value, source, kind }) as DateCandidate;

  it('prefers the more trusted source whatever the order found', () => {
    const picked = pickDates(
      [candidate('2026-01-01', 'time-element'), candidate('2026-01-02', 'json-ld')],
      NOW,
    );

    expect(picked).toEqual({
      publishedDate: '2026-01-02',
      publishedDateSource: 'json-ld',
      datePublishedRaw: '2026-01-02',
    });
  });

  it('gives a yearless dateline the year of a date the page shows on that month and day', () => {
    // The dateline `Apr 8` resolved against now is 2025-04-08; the byline shows 2020.
    const dateline = candidate('2025-04-08', 'dateline');

    expect(pickDates([candidate('2020-04-08', 'text'), dateline], NOW).publishedDate).toBe(
      '2020-04-08',
    );
    // A shown date on another day says nothing of the dateline's year.
    expect(pickDates([candidate('2020-04-09', 'text'), dateline], NOW).publishedDate).toBe(
      '2025-04-08',
    );
  });

  it('sets publishedAt and modifiedAt when times are known', () => {
    const picked = pickDates(
      [
        candidate('2026-01-02T08:00:00Z', 'meta'),
        candidate('2026-01-03T09:00:00Z', 'meta', 'modified'),
      ],
      NOW,
    );

    expect(picked).toEqual({
      publishedAt: '2026-01-02T08:00:00.000Z',
      publishedDate: '2026-01-02',
      publishedDateSource: 'meta',
      modifiedAt: '2026-01-03T09:00:00.000Z',
      datePublishedRaw: '2026-01-02T08:00:00Z',
    });
  });

  it('skips dates in the future and ones that do not parse', () => {
    const picked = pickDates(
      [
        candidate('2027-05-01', 'header'),
        candidate('soon', 'header'),
        candidate('2026-02-09', 'meta'),
      ],
      NOW,
    );

    expect(picked.publishedDate).toBe('2026-02-09');
  });

  it('takes the date shown by the headline before the one in the address', () => {
    const url = candidate('2025-07-08', 'url');
    const byline = { ...candidate('2025-07-09', 'text'), byHeadline: true } as const;

    expect(pickDates([url, byline], NOW).publishedDate).toBe('2025-07-09');
    // A date found elsewhere in the text still yields to the address's.
    expect(pickDates([url, candidate('2025-07-09', 'text')], NOW).publishedDate).toBe('2025-07-08');
  });

  it('gives nothing when there is no usable date', () => {
    expect(pickDates([], NOW)).toEqual({});
  });
});

describe('resolveMonthDay', () => {
  it('takes the most recent such day, not a future one', () => {
    expect(resolveMonthDay('Feb 9', NOW)).toBe('2026-02-09');
    expect(resolveMonthDay('14 Dec', NOW)).toBe('2025-12-14');
  });

  it('gives null for a day that does not exist', () => {
    expect(resolveMonthDay('Feb 30', NOW)).toBeNull();
  });
});

describe('dateInPath', () => {
  it.each([
    ['news/2026/01/14/story.txt', '2026-01-14'],
    ['https://post.example/2025-12-31-year-review', '2025-12-31'],
    ['archive/20260203_bridge.md', '2026-02-03'],
    ['https://blog.example/home/2017/7/12/montauk', '2017-07-12'],
  ])('finds the date in %s', (path, date) => {
    expect(dateInPath(path)).toBe(date);
  });

  it('ignores numbers that are no date', () => {
    expect(dateInPath('uploads/2026/report-13.txt')).toBeNull();
    expect(dateInPath('guides/2026/7/13-steps')).toBeNull();
    expect(dateInPath('archive/2026-02-30-story')).toBeNull();
  });
});

describe('parseDateValue, page formats', () => {
  it('reads the compact ISO form with its zone', () => {
    expect(parseDateValue('20201123T11:02:35Z')).toEqual({
      date: '2020-11-23',
      at: '2020-11-23T11:02:35.000Z',
      inUtc: true,
    });
  });

  it('finds the date behind a time and zone name', () => {
    expect(parseDateValue('04:25:06 PM IST Apr 08, 2020')).toEqual({ date: '2020-04-08' });
  });

  it('reads a German weekday and dotted date', () => {
    expect(parseDateValue('Di., 25.01.2022 - 14:45')).toEqual({ date: '2022-01-25' });
  });
});

describe('pickDates, plausibility', () => {
  it('rejects dates before the web news era', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const candidates = [
      { value: '1970-01-01', source: 'meta' as const, kind: 'published' as const },
      { value: '2020-10-12', source: 'text' as const, kind: 'published' as const },
    ];

    expect(pickDates(candidates, now).publishedDate).toBe('2020-10-12');
  });
});

describe("pickDates, the publisher's day", () => {
  it('takes the local day when the page also writes the UTC instant on its own clock', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const candidates = [
      {
        value: '2023-11-09T06:35:29+00:00',
        source: 'json-ld' as const,
        kind: 'published' as const,
      },
      { value: '2023-11-08 22:35:29', source: 'meta' as const, kind: 'published' as const },
    ];

    expect(pickDates(candidates, now)).toMatchObject({
      publishedAt: '2023-11-09T06:35:29.000Z',
      publishedDate: '2023-11-08',
    });
  });

  it('keeps the UTC day when no other value is the same instant', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const candidates = [
      { value: '2023-11-09T06:35:29Z', source: 'json-ld' as const, kind: 'published' as const },
      { value: '2023-11-08 22:10:00', source: 'meta' as const, kind: 'published' as const },
    ];

    expect(pickDates(candidates, now).publishedDate).toBe('2023-11-09');
  });

  const day = (...candidates: DateCandidate[]) =>
    pickDates(candidates, new Date('2026-01-01T00:00:00Z')).publishedDate;
  const value = (
    text: string,
    source: DateCandidate['source'],
    kind: DateCandidate['kind'] = 'published',
  ): DateCandidate => ({ value: text, source, kind });

  it('takes the local day of a value that writes the same instant with its own zone', () => {
    const utc = value('2024-06-11T22:40:00Z', 'json-ld');
    const zoned = value('2024-06-12T07:40:00+09:00', 'time-element');

    expect(day(utc, zoned)).toBe('2024-06-12');
  });

  it('keeps the UTC day when a zoned value is another instant, however its clock reads', () => {
    const utc = value('2024-06-11T22:40:00Z', 'json-ld');
    const other = value('2024-06-12T03:40:00+02:00', 'time-element');

    expect(day(utc, other)).toBe('2024-06-11');
  });

  it('reads a day stored as its local midnight in UTC in the zone the page writes', () => {
    const midnight = value('2022-07-18T22:00:00.000Z', 'json-ld');
    const modified = value('2022-07-19T11:05:00+02:00', 'meta', 'modified');

    expect(day(midnight, modified)).toBe('2022-07-19');
  });

  it('keeps the UTC day of an instant that is not the midnight of the page’s zone', () => {
    const evening = value('2019-04-19T20:00:00.000Z', 'meta');
    const zone = value('2019-04-20T09:30:00+09:00', 'meta', 'modified');

    expect(day(evening, zone)).toBe('2019-04-19');
    expect(day(value('2022-07-18T22:00:00.000Z', 'json-ld'))).toBe('2022-07-18');
  });
});
