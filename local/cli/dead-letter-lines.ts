import type { ArticleRecord } from '#shared/domain/record.ts';
import { printable } from '../command-line/printable.ts';
import type { DeadLetter } from '../queue/dead-letters.ts';

/** Longest error or detail shown on one line; `--json` has the full text. */
const TEXT_WIDTH = 100;

const clip = (value: string): string =>
  value.length <= TEXT_WIDTH ? value : `${value.slice(0, TEXT_WIDTH - 1)}…`;

/** One dead letter: id, receives, keys, then its last error on its own line. */
export const deadLetterLines = (letter: DeadLetter): string[] => {
  const keys = letter.keys.length > 0 ? letter.keys.map(printable).join(', ') : '(no S3 keys)';
  const lines = [`  ${letter.messageId}  receives ${letter.receiveCount}  ${keys}`];
  if (letter.lastError !== undefined) {
    lines.push(`      last error: ${clip(printable(letter.lastError))}`);
  }
  return lines;
};

/** A rejected record: its key (› item), reason and detail. */
export const rejectedLine = (record: Extract<ArticleRecord, { status: 'rejected' }>): string => {
  const { key, item } = record.source;
  const where = item ? `${key} › ${item.key}` : key;
  return `  ${printable(where)}  ${record.reason}  ${clip(printable(record.reasonDetail))}`;
};
