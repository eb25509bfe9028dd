import path from 'node:path';
import { BUS_JOURNAL_FILE } from '../../stack/local-bus.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { eventLine, followJournal, readJournal } from '../event-journal.ts';
import { DEFAULT_DATA_DIR } from '../stack.ts';

const options = {
  follow: { type: 'boolean', short: 'f', default: false },
  json: { type: 'boolean', default: false },
} as const;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'Print the change events the local bus delivered',
  usage: `Usage: article-ingest events [--follow] [--json]

Prints the change events (ArticleIngested, ArticleUpdated, ArticleRemoved,
ArticleRejected) the local stack's bus delivered, oldest first, one line each:
time, detail-type, key, then status, reason, language, publisher, publishedDate,
format and the changed fields. Reads the bus journal in the data dir, so it works
while the stack is stopped too. docs/CONSUMERS.md describes the events.
  -f, --follow   keep printing events as they arrive, until Ctrl-C
  --json         each event as one JSON line, as EventBridge delivers it`,
  options,
  run: async (argv, { print }) => {
    const { values } = parseCommandArgs('events', argv, options, false);
    const file = path.join(path.resolve(values['data-dir'] ?? DEFAULT_DATA_DIR), BUS_JOURNAL_FILE);
    const show = (line: string) => print(values.json ? line : eventLine(line));
    const { lines, offset } = readJournal(file, 0);
    for (const line of lines) show(line);
    if (!values.follow) return;
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    await followJournal(file, offset, show, stop.signal);
  },
};
