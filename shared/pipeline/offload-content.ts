import type { IngestedRecord } from '../domain/record.ts';

/**
 * Budget for one record's JSON. DynamoDB's item limit is 400 KB counting attribute
 * names and type overhead; 350 000 bytes of JSON leaves room for both and for the few
 * attributes a store may add.
 */
export const MAX_RECORD_JSON_BYTES = 350_000;

/** Where an offloaded body goes: one object per article and sequencer, never overwritten. */
export const contentKeyFor = (record: IngestedRecord): string =>
  `articles/${record.articleId}/${record.sequencerKey}.json`;

export interface ContentOffload {
  key: string;
  /** The JSON to store: what was moved out of the record. */
  json: string;
}

export const recordJsonBytes = (record: object): number =>
  Buffer.byteLength(JSON.stringify(record), 'utf8');

/** Whether the record is too big for one item and, if so, what to move out and where. */
export const planContentOffload = (record: IngestedRecord): ContentOffload | null => {
  if (recordJsonBytes(record) <= MAX_RECORD_JSON_BYTES) return null;
  const { articleId, sequencerKey, body, sections } = record;
  return {
    key: contentKeyFor(record),
    json: JSON.stringify({ articleId, sequencerKey, body, sections }),
  };
};

/** The record as stored once its body and sections live at `contentRef`. */
export const withOffloadedContent = (
  record: IngestedRecord,
  contentRef: { bucket: string; key: string },
): IngestedRecord => ({ ...record, body: '', sections: [], contentRef });
