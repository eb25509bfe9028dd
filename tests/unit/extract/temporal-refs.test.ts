import { describe, expect, it } from 'vitest';
import { extractTemporalRefs } from '#shared/extract/temporal-refs.ts';

/** 2024-03-13 is a Wednesday. */
const PUBLISHED = '2024-03-13';
const values = (text: string) =>
  extractTemporalRefs([text], PUBLISHED).map((r) => [r.text, r.value, r.granularity]);

describe('extractTemporalRefs', () => {
  it('resolves weekdays with a past bias and `next` forward', () => {
    expect(values('Talks began on Monday, stalled last Friday and resume next Tuesday.')).toEqual([
      ['on Monday', '2024-03-11', 'day'],
      ['last Friday', '2024-03-08', 'day'],
      ['next Tuesday', '2024-03-19', 'day'],
    ]);
  });

  it('reads a weekday deadline (`by Friday`) forward', () => {
    expect(values('A deal is expected by Friday.')).toEqual([['by Friday', '2024-03-15', 'day']]);
  });

  it('resolves today with its weekday, yesterday and tomorrow', () => {
    expect(values('It said today (Wednesday) what it hinted yesterday; more tomorrow.')).toEqual([
      ['today (Wednesday)', '2024-03-13', 'day'],
      ['yesterday', '2024-03-12', 'day'],
      ['tomorrow', '2024-03-14', 'day'],
    ]);
  });

  it('puts bare months in the latest past occurrence and keeps stated years', () => {
    expect(values('Prices fell in December, rose in early-March and peaked in May 2019.')).toEqual([
      ['December', '2023-12', 'month'],
      ['early-March', '2024-03', 'month'],
      ['May 2019', '2019-05', 'month'],
    ]);
  });

  it('resolves relative periods (weeks to their Monday) and explicit dates', () => {
    expect(
      values(
        'Last week was calm; next month and this year will not be. On 2 March and Feb. 28 it rained.',
      ),
    ).toEqual([
      ['Last week', '2024-03-04', 'day'],
      ['next month', '2024-04', 'month'],
      ['this year', '2024', 'year'],
      ['On 2 March', '2024-03-02', 'day'],
      ['Feb. 28', '2024-02-28', 'day'],
    ]);
  });

  it('does not read the verb "may" or a capitalised May without a cue as a month', () => {
    expect(values('Rates may rise. May officials agree?')).toEqual([]);
  });

  it('returns nothing without a publication date', () => {
    expect(extractTemporalRefs(['It rained on Monday.'], undefined)).toEqual([]);
  });
});
