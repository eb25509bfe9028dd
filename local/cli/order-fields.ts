import type { ArticleRecord } from '#shared/domain/record.ts';
import {
  ContainerRecord,
  IngestedRecord,
  RejectedRecord,
  RemovedRecord,
  Section,
  SourceFacts,
} from '#shared/domain/record.ts';

/** DynamoDB returns attributes in no particular order; print them in the schema's order. */
const ORDER_BY_STATUS: Record<string, string[]> = {
  ingested: Object.keys(IngestedRecord.shape),
  rejected: Object.keys(RejectedRecord.shape),
  removed: Object.keys(RemovedRecord.shape),
  container: Object.keys(ContainerRecord.shape),
};
const SOURCE_ORDER = Object.keys(SourceFacts.shape);
const SECTION_ORDER = Object.keys(Section.shape);

/** Known fields in `order` first, then any others alphabetically. */
const ordered = (value: Record<string, unknown>, order: string[]): Record<string, unknown> => {
  const known = order.filter((key) => key in value);
  const others = Object.keys(value)
    .filter((key) => !order.includes(key))
    .sort();
  return Object.fromEntries([...known, ...others].map((key) => [key, value[key]]));
};

export const orderRecordFields = (record: ArticleRecord): Record<string, unknown> => {
  const top = ordered(record, ORDER_BY_STATUS[record.status] ?? []);
  if (record.source) top.source = ordered(record.source, SOURCE_ORDER);
  if (Array.isArray(top.sections)) {
    top.sections = top.sections.map((section: Record<string, unknown>) =>
      ordered(section, SECTION_ORDER),
    );
  }
  return top;
};
