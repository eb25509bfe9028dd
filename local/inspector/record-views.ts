import { createDynamoRecordQueries } from '#shared/adapters/dynamo-record-queries.ts';
import { createDynamoRecordStore } from '#shared/adapters/dynamo-record-store.ts';
import { sdkDynamoApi } from '#shared/adapters/dynamo-sdk-api.ts';
import { createS3ContentStore } from '#shared/adapters/s3-content-store.ts';
import { sdkS3Api } from '#shared/adapters/s3-sdk-api.ts';
import type { ArticleRecord, IngestedRecord } from '#shared/domain/record.ts';
import { inlineContent } from '#shared/pipeline/offload-content.ts';
import type { StackClients } from '../cli/stack.ts';
import { annotatedSegments, MAX_SHOWN_CHARS, type Segment } from './annotated-segments.ts';
import { type MinuteStat, minuteStats } from './throughput.ts';

/**
 * The table has no index by time, so "recent" is the newest of a bounded scan: on a
 * laptop's table that is every record; past it, the page says the list is a sample.
 */
const SCAN_LIMIT = 5_000;
/** Rows the list and the rejected tab show. */
const SHOWN_ROWS = 200;

/** One row of the list: what the page shows of a record without fetching it whole. */
export interface RecordRow {
  articleId: string;
  key: string;
  item?: string;
  status: ArticleRecord['status'];
  ingestedAt: string;
  format?: string;
  title?: string;
  publishedDate?: string;
  language?: string;
  reason?: string;
  reasonDetail?: string;
}

export interface RecordView {
  /** The record, an article's without `body` and `bodyMarkdown` (the segments carry the text). */
  record: ArticleRecord | Omit<IngestedRecord, 'body' | 'bodyMarkdown'>;
  /** The body cut at every highlight (ingested records only). */
  segments?: Segment[];
  /** Whether the body is longer than the page shows. */
  cut?: boolean;
  /** The rows of a container's articles. */
  items?: RecordRow[];
}

const rowOf = (record: ArticleRecord): RecordRow => ({
  articleId: record.articleId,
  key: record.source.key,
  ...(record.source.item && { item: record.source.item.key }),
  status: record.status,
  ingestedAt: record.ingestedAt,
  ...(record.status === 'ingested' && {
    format: record.format,
    title: record.title,
    publishedDate: record.publishedDate,
    language: record.language,
  }),
  ...(record.status === 'rejected' && {
    reason: record.reason,
    reasonDetail: record.reasonDetail,
  }),
});

const newestFirst = (a: ArticleRecord, b: ArticleRecord) =>
  b.ingestedAt.localeCompare(a.ingestedAt) || a.articleId.localeCompare(b.articleId);

/** The record reads the page needs, through the store adapter's own read functions. */
export const createRecordViews = ({ db, s3, info }: StackClients) => {
  const api = sdkDynamoApi(db);
  const store = createDynamoRecordStore(api, info.tableName);
  const queries = createDynamoRecordQueries(api, info.tableName, store);
  const content = createS3ContentStore(sdkS3Api(s3), info.contentBucket);

  const scanTable = async () => {
    const records = await queries.listRecords({ limit: SCAN_LIMIT });
    return { records: records.sort(newestFirst), sampled: records.length >= SCAN_LIMIT };
  };
  // A page refresh asks for the list, the rejected files and the chart at once: the
  // requests that arrive while a scan runs share it rather than each scanning the table.
  let scanning: ReturnType<typeof scanTable> | undefined;
  const scan = () => {
    scanning ??= scanTable().finally(() => {
      scanning = undefined;
    });
    return scanning;
  };

  return {
    /** The newest records (all statuses), or only the rejected ones, with whether the scan was cut. */
    async recent(onlyRejected: boolean) {
      const { records, sampled } = await scan();
      const picked = onlyRejected ? records.filter((r) => r.status === 'rejected') : records;
      return { rows: picked.slice(0, SHOWN_ROWS).map(rowOf), total: picked.length, sampled };
    },

    async view(articleId: string): Promise<RecordView | undefined> {
      const stored = await store.getRecord(articleId);
      if (!stored) return undefined;
      const record = await inlineContent(stored, content);
      if (record.status === 'container')
        return { record, items: (await queries.getRecords(record.items)).map(rowOf) };
      if (record.status !== 'ingested') return { record };
      // The text travels once, as segments.
      const { body: _body, bodyMarkdown: _markdown, ...fields } = record;
      return {
        record: fields,
        segments: annotatedSegments(record),
        cut: record.body.length > MAX_SHOWN_CHARS,
      };
    },

    async throughput(now: number): Promise<{ minutes: MinuteStat[]; sampled: boolean }> {
      const { records, sampled } = await scan();
      return { minutes: minuteStats(records, now), sampled };
    },
  };
};

export type RecordViews = ReturnType<typeof createRecordViews>;
