import type { ArticleRecord } from '#shared/domain/record.ts';
import type { DeadLetter } from '../../queue/dead-letters.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requestControlJson } from '../control-client.ts';
import { deadLetterLines, rejectedLine } from '../dead-letter-lines.ts';
import { localClients, refuseOnAws } from '../stack-target.ts';

const options = { json: { type: 'boolean', default: false } } as const;

/** The failure reasons live in the local poller's journal; SQS keeps none. */
const AWS_FAILURES =
  "'failures' reads the local poller's dead-letter journal: on AWS, `stats` gives the dead-letter depth and `redrive --dry-run` what waits there.";

type RejectedRecord = Extract<ArticleRecord, { status: 'rejected' }>;

const isRejected = (record: ArticleRecord): record is RejectedRecord =>
  record.status === 'rejected';

const humanLines = (letters: DeadLetter[], rejected: RejectedRecord[]): string[] => [
  `Dead-letter queue: ${letters.length} message(s)${letters.length > 0 ? '' : '.'}`,
  ...letters.flatMap(deadLetterLines),
  `Rejected records: ${rejected.length}${rejected.length > 0 ? '' : '.'}`,
  ...rejected.map(rejectedLine),
];

export const failuresCommand: Command = {
  name: 'failures',
  summary: 'List dead-letter messages and rejected records',
  usage: `Usage: article-ingest failures [--json]

Lists what did not become an article: the messages in the dead-letter queue (message
id, receive count, the object keys they name, the last error the local poller saw)
and the rejected records in the table (key, reason, detail). Move dead letters back
with \`redrive\`; a rejected file needs a new upload, not a redrive.
  --json         { deadLetters: [...], rejected: [{ key, item?, reason, reasonDetail }] }`,
  options,
  run: async (argv, { connect, print }) => {
    const { values } = parseCommandArgs('failures', argv, options, false);
    refuseOnAws(values, AWS_FAILURES);
    const clients = localClients(await connect(values), "'failures'");
    const { listRecords } = await import('../records.ts');
    const answer = (await requestControlJson(clients.info, 'GET', '/dead-letters')) as {
      messages: DeadLetter[];
    };
    const rejected = (await listRecords(clients)).filter(isRejected);
    if (!values.json) {
      for (const line of humanLines(answer.messages, rejected)) print(line);
      return;
    }
    const rejectedJson = rejected.map(({ source, reason, reasonDetail }) => ({
      key: source.key,
      ...(source.item && { item: source.item.key }),
      reason,
      reasonDetail,
    }));
    print(JSON.stringify({ deadLetters: answer.messages, rejected: rejectedJson }, null, 2));
  },
};
