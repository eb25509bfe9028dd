import type { ArticleRecord, RecordStatus, SourceFacts } from '#shared/domain/record.ts';
import { printable } from '../command-line/printable.ts';

/** Longest title shown in the `list` table; the full one is in `get`. */
const TITLE_WIDTH = 60;

const text = (value: unknown): string =>
  value === undefined || value === null || value === '' ? '-' : String(value);

const clip = (value: string, width: number): string =>
  value.length <= width ? value : `${value.slice(0, width - 1)}…`;

const rows = (pairs: [string, unknown][]): string[] => {
  const width = Math.max(...pairs.map(([label]) => label.length)) + 2;
  return pairs.map(([label, value]) => `${`${label}:`.padEnd(width)}${printable(text(value))}`);
};

/** The human summary `get` prints (values escaped): status first, then what a reader checks at a glance. */
export const summarizeRecord = (record: ArticleRecord): string[] => {
  const common: [string, unknown][] = [
    ['key', keyOf(record)],
    ['status', record.status],
  ];
  if (record.status === 'rejected') {
    return rows([...common, ['reason', record.reason], ['detail', record.reasonDetail]]);
  }
  if (record.status === 'removed') return rows([...common, ['updated', record.updatedAt]]);
  if (record.status === 'container') {
    return rows([...common, ['articles', record.itemCount], ['updated', record.updatedAt]]);
  }
  const sections = record.sections ?? [];
  const paragraphs = sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
  const nearCopy = record.nearDuplicateOf;
  return rows([
    ...common,
    ['title', `${text(record.title)} (${text(record.titleSource)})`],
    ['authors', record.authors?.join(', ')],
    ['publisher', record.publisher ?? record.siteName],
    ['date', record.publishedDate],
    ['language', record.language],
    ['format', record.format],
    ['sections', `${sections.length} (${paragraphs} paragraphs)`],
    ['words', record.wordCount],
    // Shown only when set: most articles are nobody's copy.
    ...(record.duplicateOf ? [['copy of', record.duplicateOf] as [string, unknown]] : []),
    ...(nearCopy
      ? [
          ['near copy of', `${nearCopy.articleId} (similarity ${nearCopy.similarity})`] as [
            string,
            unknown,
          ],
        ]
      : []),
    ['updated', record.updatedAt],
  ]);
};

/**
 * What a `list` line shows: a whole record (from a scan) or a day's or publisher's
 * listing (from an index, which projects only these fields) both fit.
 */
export interface ListRow {
  status: RecordStatus;
  source: Pick<SourceFacts, 'key' | 'item'>;
  title?: string;
  publishedDate?: string;
  reason?: string;
  itemCount?: number;
}

const titleOf = (row: ListRow): string => {
  if (row.status === 'ingested') return row.title ?? '';
  if (row.status === 'rejected') return `(${row.reason})`;
  if (row.status === 'container') return `(${row.itemCount} articles)`;
  return '';
};

/** One article of a container in `get`: its item key, status and title. */
export const itemLine = (record: ArticleRecord): string =>
  printable([record.source.item?.key, record.status, titleOf(record)].filter(Boolean).join('  '));

/** An article inside a feed or archive shows as `feed.xml › <item key>`. */
const keyOf = (record: ListRow): string =>
  record.source.item ? `${record.source.key} › ${record.source.item.key}` : record.source.key;

const byKeyThenPosition = (a: ListRow, b: ListRow): number =>
  a.source.key.localeCompare(b.source.key) ||
  (a.source.item?.position ?? 0) - (b.source.item?.position ?? 0);

/**
 * The `list` table: key, status, date, title; one record per line, sorted by key, or in
 * the order given (a day's or publisher's listing comes in publication order).
 */
export const formatTable = (
  records: readonly ListRow[],
  { keepOrder = false }: { keepOrder?: boolean } = {},
): string[] => {
  const cells = (keepOrder ? [...records] : [...records].sort(byKeyThenPosition))
    .map((record) => [
      keyOf(record),
      record.status,
      text(record.status === 'ingested' ? record.publishedDate : undefined),
      clip(titleOf(record), TITLE_WIDTH),
    ])
    .map((row) => row.map(printable)); // keys and titles come from files: escape them
  const header = ['KEY', 'STATUS', 'DATE', 'TITLE'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map((row) => row[i]?.length ?? 0)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)];
};
