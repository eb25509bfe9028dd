import type { IngestedRecord } from '#shared/domain/record.ts';

const firstOf = (extraction: unknown): unknown =>
  Array.isArray(extraction) ? extraction[0] : extraction;

/** The first ingested record of an extraction. */
export const ingestedOf = (extraction: unknown): IngestedRecord | undefined => {
  const first = firstOf(extraction);
  const record = first as { status?: unknown } | undefined;
  return record?.status === 'ingested' ? (first as IngestedRecord) : undefined;
};

/** Why an extraction gave no article: the reject reason, or undefined when it did. */
export const rejectionOf = (extraction: unknown): string | undefined => {
  const record = firstOf(extraction) as
    | { status?: unknown; reason?: unknown; reasonDetail?: unknown }
    | undefined;
  if (record === undefined) return 'no record';
  if (record?.status === 'ingested') return undefined;
  return `${String(record?.status)}: ${String(record?.reason)} ${String(record?.reasonDetail ?? '')}`.trim();
};
