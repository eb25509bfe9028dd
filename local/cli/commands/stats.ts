import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import type { QueueDepths } from '../queue-depths.ts';
import { countLines, type RecordStats, STATS_DAYS, tallyRecords } from '../stats-tally.ts';

const options = { json: { type: 'boolean', default: false } } as const;

const humanLines = (stats: RecordStats, queues: QueueDepths): string[] => [
  `Records: ${stats.records}`,
  'By status:',
  ...countLines(stats.byStatus),
  'Ingested, by format:',
  ...countLines(stats.byFormat),
  'Ingested, by language:',
  ...countLines(stats.byLanguage),
  'Rejected, by reason:',
  ...countLines(stats.byReason),
  `Records built per day (UTC, last ${STATS_DAYS}):`,
  ...stats.perDay.map(({ date, records }) => `  ${date}  ${records}`),
  `Ingest queue: ${queues.queued} waiting, ${queues.inFlight} in flight`,
  `Dead-letter queue: ${queues.deadLetters}`,
];

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count records by status, format, language, reason and day; queue depths',
  usage: `Usage: article-ingest stats [--json]

Reads every record in the table (through the store's own queries) and counts them by
status, by format and language (ingested ones), by rejection reason, and per day built
(UTC, the last ${STATS_DAYS} days); then the ingest queue's depth and messages in flight, and the
dead-letter queue's depth (on AWS, SQS's approximate counts). A table of millions of
records takes a while: every record is read.
  --json   { records, byStatus, byFormat, byLanguage, byReason, perDay: [{ date, records }],
             queues: { queued, inFlight, deadLetters } }`,
  options,
  run: async (argv, { connect, print }) => {
    const { values } = parseCommandArgs('stats', argv, options, false);
    const clients = await connect(values);
    const { listRecords } = await import('../records.ts');
    const { queueDepths } = await import('../queue-depths.ts');
    const [records, queues] = await Promise.all([listRecords(clients), queueDepths(clients)]);
    const stats = tallyRecords(records, new Date());
    if (values.json) return print(JSON.stringify({ ...stats, queues }, null, 2));
    for (const line of humanLines(stats, queues)) print(line);
  },
};
