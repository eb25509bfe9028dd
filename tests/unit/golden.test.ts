import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleRecord } from '#shared/domain/record.ts';
import { buildCase, listCases, withoutVolatile } from '../fixtures/write-expected.ts';

// One test per tests/fixtures/articles/<slug>/: the record built from input.<ext> must
// equal expected.json (see tests/fixtures/write-expected.ts to add or refresh a case).
describe('golden articles', () => {
  const cases = listCases();

  it('has golden cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const golden of cases) {
    it(`builds the expected record for ${golden.slug}`, () => {
      const expected: unknown = JSON.parse(readFileSync(golden.expectedFile, 'utf8'));

      const built = buildCase(golden);

      for (const record of [built].flat()) expect(ArticleRecord.parse(record)).toEqual(record);
      expect(withoutVolatile(built)).toEqual(expected);
    });
  }
});
