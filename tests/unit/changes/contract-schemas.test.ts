import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_DETAILS, changeEnvelopeSchema } from '#shared/changes/change-event.ts';
import { changeEventFor } from '#shared/changes/change-event-for.ts';
import { contractSchemas, schemaFileText } from '#shared/changes/contract-schemas.ts';
import { article } from './records.ts';

const SCHEMAS_DIR = new URL('../../../schemas/', import.meta.url);
const committed = (file: string) => readFileSync(new URL(file, SCHEMAS_DIR), 'utf8');

describe('the JSON Schemas in schemas/', () => {
  it.each(contractSchemas().map(({ file, schema }) => [file, schema] as const))(
    '%s is what `npm run schemas` writes from the zod definitions',
    (file, schema) => {
      expect(committed(file), 'run `npm run schemas` and commit the result').toBe(
        schemaFileText(schema),
      );
    },
  );

  it('holds a schema for every detail-type and no stale one', () => {
    const files = readdirSync(new URL('events/', SCHEMAS_DIR)).sort();

    expect(files).toEqual(
      Object.keys(CHANGE_DETAILS)
        .map((type) => `${type}.schema.json`)
        .sort(),
    );
  });

  it('leaves every object open, so fields added to version 1 do not break a validating consumer', () => {
    for (const { file } of contractSchemas()) {
      expect(committed(file)).not.toContain('"additionalProperties": false');
    }
  });

  it('describes an event as the bus delivers it', () => {
    const event = changeEventFor(null, article('01'), { tableName: 'ArticlesTable' });
    const delivered = {
      version: '0',
      id: 'b1c2',
      source: 'article-ingest',
      'detail-type': event?.detailType,
      time: '2026-03-01T10:00:00Z',
      detail: event?.detail,
    };

    expect(changeEnvelopeSchema('ArticleIngested').safeParse(delivered).success).toBe(true);
    expect(changeEnvelopeSchema('ArticleUpdated').safeParse(delivered).success).toBe(false);
  });
});
