import * as z from 'zod/mini';
import { IngestError } from '../domain/errors.ts';
import { type ArticleRecord, Section } from '../domain/record.ts';
import { TABLE_INDEXES, TABLE_PARTITION_KEY, type TableIndex } from '../domain/table-design.ts';
import { bodyOf, ledeOf } from '../extract/sections.ts';

/**
 * The stored form of a record (docs/TABLE.md, "The item"). DynamoDB bills a write per KB
 * of item, and a record holds its text three times over (`sections`, `body`,
 * `bodyMarkdown`, and its first paragraph again as `lede`). An ingested record is stored
 * with every attribute DynamoDB does not read itself packed into one binary attribute:
 * the text once (`sections`; `body` and `lede` are left out when they equal the
 * sections joined), then compressed by the store's codec. The attributes the indexes, the
 * write conditions and projected scans read stay as they are. The mapping is pure: the
 * compression is the codec's, given by the store.
 */

/** Compresses the packed JSON and back; the store's, so the core does no I/O of its own. */
export interface PackCodec {
  pack(json: string): Uint8Array;
  unpack(bytes: Uint8Array): string;
}

/** The binary attribute an item of the packed layout holds; an older item has none. */
export const PACKED_ATTRIBUTE = 'packed';

/**
 * The attributes that stay outside the packed one: those DynamoDB itself reads. The
 * key, every index key and projected attribute (and `publishedDate` and `publisher`,
 * keys of the indexes a migrating table still has), the write conditions' `sequencerKey`,
 * the `retiring` list an update removes, and `status` and `source`, which scans project.
 * Everything else of an ingested record (the text, its annotations, the page facts) is
 * read only by readers of whole records, who decode it.
 */
export const KEPT_OUTSIDE: ReadonlySet<string> = new Set([
  TABLE_PARTITION_KEY,
  'status',
  'source',
  'sequencerKey',
  'retiring',
  'publishedDate',
  'publisher',
  ...Object.values<TableIndex>(TABLE_INDEXES).flatMap((index) => [
    index.partitionKey,
    ...(index.sortKey ? [index.sortKey] : []),
    ...index.projected,
  ]),
]);

/**
 * Text fields the record builds from its sections, stored only when they differ. Only
 * the plain joins: an old item reads back through today's code, so a rendering left out
 * must never change. `bodyMarkdown` is kept: its escaping rules may well change, and
 * compressed beside the sections it costs about 4% of the packed bytes (measured on the
 * seed and the median corpus pages), not a third copy.
 */
const RENDERINGS = {
  body: bodyOf,
  lede: ledeOf,
} satisfies Record<string, (sections: readonly Section[]) => string>;
type RenderedField = keyof typeof RENDERINGS;
const RENDERED_FIELDS = Object.keys(RENDERINGS) as RenderedField[];

/** The version of the packed JSON, so a later layout can be told apart. */
const PACK_VERSION = 1;

/** Fields that carry text, with `rendered` naming those left out to be rendered again. */
const RenderedContent = z.looseObject({
  sections: z.array(Section),
  rendered: z.array(z.enum(RENDERED_FIELDS as [RenderedField, ...RenderedField[]])),
});
const PackedContent = z.looseObject({ v: z.literal(PACK_VERSION) });

type Fields = Record<string, unknown>;

/**
 * `fields` (which hold `sections`) less the text fields equal to their rendering from
 * the sections, plus `rendered` naming them. Exact by construction: a field is left out
 * only when rendering gives it back character for character.
 */
export const withoutRendered = (fields: Fields & { sections: readonly Section[] }): Fields => {
  const rendered = RENDERED_FIELDS.filter(
    (field) => fields[field] !== undefined && fields[field] === RENDERINGS[field](fields.sections),
  );
  const kept = Object.fromEntries(
    Object.entries(fields).filter(([name]) => !(rendered as string[]).includes(name)),
  );
  return { ...kept, rendered };
};

/**
 * Undoes `withoutRendered`: renders the fields `rendered` names from the sections again.
 * Throws (zod) when `content` is not of that shape.
 */
export const withRendered = (content: unknown): Fields => {
  const { rendered, ...fields } = RenderedContent.parse(content);
  const renders = rendered.map((field) => [field, RENDERINGS[field](fields.sections)]);
  return { ...fields, ...Object.fromEntries(renders) };
};

/** A record as the item it is stored as (before the store adds its index keys). */
export const toStoredItem = (record: ArticleRecord, codec: PackCodec): Fields => {
  if (record.status !== 'ingested') return { ...record };
  const outside: Fields = {};
  const packed: Fields = {};
  for (const [name, value] of Object.entries(record)) {
    if (value !== undefined) (KEPT_OUTSIDE.has(name) ? outside : packed)[name] = value;
  }
  const content = { v: PACK_VERSION, ...withoutRendered({ ...packed, sections: record.sections }) };
  return { ...outside, [PACKED_ATTRIBUTE]: codec.pack(JSON.stringify(content)) };
};

/**
 * The one decoder: a stored item as the record's attributes, of either layout (an item
 * written before the packed one holds the record as it is). The caller validates the
 * result against the record schema. Throws `IngestError` on a packed attribute that
 * does not decode.
 */
export const fromStoredItem = (item: Fields, codec: PackCodec): Fields => {
  const { [PACKED_ATTRIBUTE]: bytes, ...outside } = item;
  if (bytes === undefined) return item;
  const id = String(item.articleId);
  if (!(bytes instanceof Uint8Array)) {
    throw new IngestError(`Stored item ${id}: ${PACKED_ATTRIBUTE} is not binary`);
  }
  try {
    const { v: _version, ...content } = PackedContent.parse(JSON.parse(codec.unpack(bytes)));
    return { ...outside, ...withRendered(content) };
  } catch (error) {
    throw new IngestError(`Stored item ${id}: ${PACKED_ATTRIBUTE} does not decode`, {
      cause: error,
    });
  }
};
