import type { IngestedRecord } from '../domain/record.ts';

/**
 * Fields that change on every write whatever the content: when and in which S3 event
 * the record was written, the object's version, and the pipeline's own bookkeeping. A
 * rewrite that differs only in these (a re-upload of the same bytes, a re-extract that
 * finds the same) is no change for a consumer.
 */
const WRITE_FIELDS: ReadonlySet<string> = new Set([
  'ingestedAt',
  'updatedAt',
  'sequencerKey',
  'extractorVersion',
  'retiring',
]);
/** The same for the source facts: the same bytes at the same key are the same article. */
const SOURCE_WRITE_FIELDS: ReadonlySet<string> = new Set(['sequencer', 'versionId']);

/**
 * A stable text of a value: object keys sorted, so two records that hold the same
 * values compare equal whatever order the store returned their attributes in.
 */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );

const withoutWriteFields = (source: IngestedRecord['source']): Record<string, unknown> =>
  Object.fromEntries(Object.entries(source).filter(([key]) => !SOURCE_WRITE_FIELDS.has(key)));

/**
 * The top-level fields whose value differs between two versions of an article, in
 * name order; empty when the rewrite changed nothing a consumer sees. The records are
 * schema-checked values of bounded size (an item is at most 400 KB), so one walk each.
 */
export const changedFields = (before: IngestedRecord, after: IngestedRecord): string[] => {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed: string[] = [];
  for (const name of [...names].sort()) {
    if (WRITE_FIELDS.has(name)) continue;
    const a: unknown = before[name as keyof IngestedRecord];
    const b: unknown = after[name as keyof IngestedRecord];
    const same =
      name === 'source'
        ? canonical(withoutWriteFields(before.source)) ===
          canonical(withoutWriteFields(after.source))
        : canonical(a) === canonical(b);
    if (!same) changed.push(name);
  }
  return changed;
};
