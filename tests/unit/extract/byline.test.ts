import { describe, expect, it } from 'vitest';
import { isBylinePrefix, isFullName, splitByline } from '../../../shared/extract/byline.ts';

describe('splitByline', () => {
  it('splits names joined by commas and "and", dropping the By', () => {
    expect(splitByline('By Jane Doe, John Roe and Ann Lee')).toEqual([
      'Jane Doe',
      'John Roe',
      'Ann Lee',
    ]);
  });

  it('stops at a date, a separator or an Updated note', () => {
    expect(splitByline('By Jane Doe | Updated May 5, 2020')).toEqual(['Jane Doe']);
    expect(splitByline('Von Anna Schmidt 12. Mai 2020')).toEqual(['Anna Schmidt']);
    expect(splitByline('Jane Doe Updated 3 hours ago')).toEqual(['Jane Doe']);
  });

  it('drops roles, handles and link texts', () => {
    expect(splitByline('Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe @janedoe')).toEqual(['Jane Doe']);
    expect(splitByline('View all posts')).toEqual([]);
  });

  it('reads a doubled By', () => {
    expect(splitByline('Byby JANE DOE')).toEqual(['JANE DOE']);
  });
});

describe('isBylinePrefix', () => {
  it('is true for a lone By label and false for a name', () => {
    expect(isBylinePrefix('By ')).toBe(true);
    expect(isBylinePrefix('Byron Smith')).toBe(false);
  });
});

describe('isFullName', () => {
  it('wants two words in Latin script but not in scripts without spaces', () => {
    expect(isFullName('Advertisement')).toBe(false);
    expect(isFullName('Jane Doe')).toBe(true);
    expect(isFullName('後藤大地')).toBe(true);
  });
});
