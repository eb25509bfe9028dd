import { describe, expect, it } from 'vitest';
import { chooseAuthors } from '#shared/extract/authors.ts';

describe('chooseAuthors', () => {
  it('drops a By label, a job title after a comma and a repeat', () => {
    expect(
      chooseAuthors([
        'By ANN LEE, AP Auto Writer',
        'Analysis by Bo Kim, Bridge Editor-at-large',
        'Analysis by Bo Kim, Bridge Editor-at-large',
      ]),
    ).toEqual(['ANN LEE', 'Bo Kim']);
  });

  it('keeps a lone role, which is all the page says', () => {
    expect(chooseAuthors(['Editor'])).toEqual(['Editor']);
  });

  it('splits names joined by "and" but not a firm name', () => {
    expect(chooseAuthors(['Ann Lee and Bo Kim For The Evening Post'])).toEqual([
      'Ann Lee',
      'Bo Kim',
    ]);
    expect(chooseAuthors(['Marks and Spencer'])).toEqual(['Marks and Spencer']);
  });

  it('drops placeholders, e-mail addresses and strings with no letters', () => {
    expect(
      chooseAuthors(['Unknown', 'No Author', 'admin', '----', 'Ann Lee info@example.org']),
    ).toEqual(['Ann Lee']);
  });
});
