import type { ArticleRecord, ContentRef, IngestedRecord, Section } from '../domain/record.ts';
import type { ArticleOutcome } from './build-record.ts';
import type { ContentReader, ContentStore } from './ports.ts';
import { rejectedRecord } from './record-base.ts';
import { withoutRendered, withRendered } from './stored-item.ts';

/**
 * Budget for one record's JSON. DynamoDB's item limit is 400 KB counting attribute
 * names and type overhead; 350 000 bytes of JSON leaves room for both and for the few
 * attributes a store may add.
 */
export const MAX_RECORD_JSON_BYTES = 350_000;

/** Where an offloaded body goes: one object per article and sequencer, never overwritten. */
export const contentKeyFor = (record: IngestedRecord): string =>
  `articles/${record.articleId}/${record.sequencerKey}.json`;

/**
 * What an offloaded record keeps in the content store, as JSON: its text once, as the
 * table stores it (`withoutRendered`: body is left out, named in `rendered`, when it is
 * the sections joined). Content offloaded before holds all three and no `rendered`.
 */
interface OffloadedContent {
  articleId: string;
  sequencerKey: string;
  body?: string;
  /** Absent in content offloaded before records had it. */
  bodyMarkdown?: string;
  sections: Section[];
}

const recordJsonBytes = (record: object): number =>
  Buffer.byteLength(JSON.stringify(record), 'utf8');

/**
 * The record as it is written: as built when its JSON fits the item budget; else with
 * body, bodyMarkdown and sections moved to the content store (`contentRef` says where); else, when even
 * the rest is over the budget, rejected as `too-large`. The content is written first, so
 * a stored record never points at nothing; if the record write then turns out stale, the
 * content object is an unreferenced leftover under a key of its own sequencer, never a
 * wrong body.
 */
export const offloadContent = async (
  record: ArticleOutcome,
  content: ContentStore,
  now: Date,
): Promise<ArticleOutcome> => {
  if (record.status !== 'ingested' || recordJsonBytes(record) <= MAX_RECORD_JSON_BYTES) {
    return record;
  }
  const key = contentKeyFor(record);
  // The bucket is known once stored; its few bytes are within the budget's margin.
  const restBytes = recordJsonBytes(withOffloadedContent(record, { bucket: '', key }));
  if (restBytes > MAX_RECORD_JSON_BYTES) {
    const detail = `Record is ${restBytes} bytes without its body; the item budget is ${MAX_RECORD_JSON_BYTES}`;
    return rejectedRecord(record.source, 'too-large', detail, now);
  }
  const { articleId, sequencerKey, body, bodyMarkdown, sections } = record;
  const moved = withoutRendered({ articleId, sequencerKey, body, bodyMarkdown, sections });
  return withOffloadedContent(record, await content.putContent(key, JSON.stringify(moved)));
};

/**
 * The record as stored once its body, bodyMarkdown and sections live at `contentRef`
 * (bodyMarkdown is left out rather than emptied: an empty one would be a wrong body).
 */
export const withOffloadedContent = (
  record: IngestedRecord,
  contentRef: ContentRef,
): IngestedRecord => {
  const { bodyMarkdown: _moved, ...rest } = record;
  return { ...rest, body: '', sections: [], contentRef };
};

/**
 * Undoes the offload for a reader: body, bodyMarkdown and sections read back from the content store
 * replace the emptied ones (`contentRef` stays, saying where they came from).
 */
export const inlineContent = async (
  record: ArticleRecord,
  content: ContentReader,
): Promise<ArticleRecord> => {
  if (record.status !== 'ingested' || !record.contentRef) return record;
  const stored = JSON.parse(await content.getContent(record.contentRef));
  const moved: Partial<OffloadedContent> =
    stored !== null && typeof stored === 'object' && 'rendered' in stored
      ? withRendered(stored)
      : stored;
  return {
    ...record,
    body: moved.body ?? record.body,
    ...(moved.bodyMarkdown === undefined ? {} : { bodyMarkdown: moved.bodyMarkdown }),
    sections: moved.sections ?? record.sections,
  };
};
