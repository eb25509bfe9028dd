import * as z from 'zod';
import { ArticleRecord, SCHEMA_VERSION } from '../domain/record.ts';
import { ChangeDetailType, changeEnvelopeSchema } from './change-event.ts';

/** One JSON Schema of the consumer contract, and where in `schemas/` it is kept. */
export interface ContractSchema {
  /** Relative to `schemas/`. */
  file: string;
  schema: Record<string, unknown>;
}

/** The schemas' `$id` base: a name, not an address (nothing is served there). */
const ID_BASE = 'urn:article-ingest:schemas:';

/**
 * Version 1 only grows: a consumer that validates with these schemas must accept fields
 * added later, so no object is closed (zod's output form would say
 * `additionalProperties: false`).
 */
const leaveObjectsOpen = (ctx: { jsonSchema: Record<string, unknown> }): void => {
  if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
};

const toJsonSchema = (
  schema: z.core.$ZodType,
  file: string,
  title: string,
  description: string,
): ContractSchema => {
  const generated = z.toJSONSchema(schema, { override: leaveObjectsOpen }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return { file, schema: { $schema, $id: `${ID_BASE}${file}`, title, description, ...rest } };
};

/**
 * The record and each change event as JSON Schema, generated from the zod definitions
 * (`npm run schemas` writes them; a unit test fails when the files drift from these).
 */
export const contractSchemas = (): ContractSchema[] => [
  toJsonSchema(
    ArticleRecord,
    'record.schema.json',
    `Article record, schema version ${SCHEMA_VERSION}`,
    'One item of ArticlesTable, by status: ingested, rejected, removed (a tombstone) or container.',
  ),
  ...ChangeDetailType.options.map((detailType) =>
    toJsonSchema(
      changeEnvelopeSchema(detailType),
      `events/${detailType}.schema.json`,
      `${detailType} event, detail version 1`,
      `The ${detailType} change event as the bus delivers it to a rule's target.`,
    ),
  ),
];

/** The text a schema file holds: two-space JSON and a final newline. */
export const schemaFileText = (schema: Record<string, unknown>): string =>
  `${JSON.stringify(schema, null, 2)}\n`;
