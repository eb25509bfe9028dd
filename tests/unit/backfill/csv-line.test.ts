import { describe, expect, it } from 'vitest';
import { parseCsvLine } from '#local/backfill/csv-line.ts';

describe('parseCsvLine (S3 Inventory CSV)', () => {
  it('reads quoted fields, with commas and doubled quotes inside them', () => {
    expect(parseCsvLine('"b","news/a%2Cb.txt","12","say ""hi"", then go"')).toEqual([
      'b',
      'news/a%2Cb.txt',
      '12',
      'say "hi", then go',
    ]);
  });

  it('reads unquoted and empty fields', () => {
    expect(parseCsvLine('b,key.txt,,true,')).toEqual(['b', 'key.txt', '', 'true', '']);
  });

  it('reads an unterminated quoted field to the end of the line', () => {
    expect(parseCsvLine('"b","unfinished')).toEqual(['b', 'unfinished']);
  });
});
