import type { IngestedRecord, RejectedRecord, SourceFacts } from '../domain/record.ts';
import { readDocument } from '../formats/read-document.ts';
import { assembleArticle } from './assemble-article.ts';
import { lifecycleFields, rejectedRecord } from './record-base.ts';

/**
 * The pure pipeline: one object's bytes -> its record. Files that are not articles
 * (empty, binary, unsupported, no text) come back as `rejected` records, never throws.
 */
export const buildRecord = (input: {
  bytes: Uint8Array;
  source: SourceFacts;
  now: Date;
}): IngestedRecord | RejectedRecord => {
  const { bytes, source, now } = input;
  const read = readDocument(bytes, { key: source.key, contentType: source.contentType });
  if (read.kind === 'rejected') return rejectedRecord(source, read.reason, read.detail, now);
  if (read.kind === 'items') {
    const detail = `The file holds ${read.items.length} articles; one record per item is not built yet.`;
    return rejectedRecord(source, 'unsupported-format', detail, now);
  }
  const article = assembleArticle(read.document, { now, key: source.key });
  if (!article) {
    const detail = `The ${read.document.format} file was read but holds no paragraph text.`;
    return rejectedRecord(source, 'no-article', detail, now);
  }
  return { ...lifecycleFields(source, now), ...article };
};
