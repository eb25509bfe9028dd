import type { ListedObject } from '#shared/adapters/sqs-backfill-message.ts';
import { EXTRACTOR_VERSION } from '#shared/pipeline/record-base.ts';
import { printable } from '../../command-line/printable.ts';
import { parseCommandArgs } from '../args.ts';
import { describeAwsError } from '../aws-errors.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command, CommandContext } from '../command.ts';
import { confirmMany } from '../confirm-many.ts';
import { createProgressLine } from '../progress-line.ts';
import type { StackClients } from '../stack.ts';

const options = {
  prefix: { type: 'string', default: '' },
  'older-than': { type: 'string', default: EXTRACTOR_VERSION },
  yes: { type: 'boolean', short: 'y', default: false },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

/** Extractor versions are dotted numbers (record-base.ts), as `1.2.0`. */
const VERSION = /^\d+(\.\d+){0,3}$/;

interface Plan {
  bucket: string;
  prefix: string;
  olderThan: string;
  scanned: number;
  objects: ListedObject[];
}

const planFor = async (clients: StackClients, prefix: string, olderThan: string) => {
  const { listRecords } = await import('../records.ts');
  const { planReprocess } = await import('../reprocess-plan.ts');
  const records = await listRecords(clients);
  const bucket = clients.info.articlesBucket;
  const objects = planReprocess(records, { bucket, prefix, olderThan });
  return { bucket, prefix, olderThan, scanned: records.length, objects } satisfies Plan;
};

const what = (plan: Plan) =>
  `${plan.objects.length} object(s) under ${printable(`s3://${plan.bucket}/${plan.prefix}`)} whose records an extractor older than ${plan.olderThan} made`;

/** The planned objects in the shape backfill reads a bucket listing. */
async function* asAsync(objects: readonly ListedObject[]): AsyncIterable<ListedObject> {
  yield* objects;
}

/** Sends the plan through the stack's ingest queue, ten to a batch, as backfill does. */
const enqueue = async (clients: StackClients, plan: Plan, context: CommandContext) => {
  const { openIngestTarget } = await import('../ingest-target.ts');
  const { runBackfill } = await import('../../backfill/run-backfill.ts');
  const { BackfillSendError } = await import('#shared/adapters/sqs-backfill-sender.ts');
  const target = await openIngestTarget(clients);
  const progress = createProgressLine(context);
  let seen = 0;
  try {
    return await runBackfill({
      bucket: plan.bucket,
      objects: asAsync(plan.objects),
      send: target.send,
      eventTime: new Date().toISOString(),
      onObject: () => {
        seen += 1;
        progress.update(`reprocess: ${seen}/${plan.objects.length} objects`);
      },
    });
  } catch (error) {
    if (error instanceof BackfillSendError) throw new CliError(error.message, 1, { cause: error });
    throw target.queueUrl === undefined ? error : describeAwsError(error, target.queueUrl);
  } finally {
    progress.done();
    target.close();
  }
};

export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 'Ingest again the objects whose records an older extractor made',
  usage: `Usage: article-ingest reprocess [--prefix P] [--older-than VERSION] [--yes] [--dry-run] [--json]

Reads the records in the table and sends one message through the ingest queue for each
object whose record was made by an extractor older than VERSION (default: this
checkout's, ${EXTRACTOR_VERSION}), as \`backfill\` does, with a progress line and a summary. Each
message carries a sequencer just above the stored record's: the record is rebuilt, and an
upload or delete made meanwhile still wins. A file's items are rebuilt with it; removed
records are left alone. More than one object needs a yes at the terminal, or --yes.
  --prefix P            only keys that start with P
  --older-than VERSION  records whose extractorVersion comes before VERSION
  -y, --yes             go ahead without asking
  --dry-run             list the keys that would be re-ingested; send nothing
  --json                { bucket, prefix, olderThan, dryRun, scanned, matched, enqueued, batches }`,
  options,
  run: async (argv, context) => {
    const { values } = parseCommandArgs('reprocess', argv, options, false);
    const olderThan = values['older-than'];
    if (!VERSION.test(olderThan)) {
      throw usageError(`--older-than wants an extractor version like 1.2.0, not '${olderThan}'.`);
    }
    const dryRun = values['dry-run'];
    const clients = await context.connect(values);
    const plan = await planFor(clients, values.prefix, olderThan);
    const head = { bucket: plan.bucket, prefix: plan.prefix, olderThan, dryRun };
    const counts = { scanned: plan.scanned, matched: plan.objects.length };
    if (dryRun) {
      if (values.json) return context.print(JSON.stringify({ ...head, ...counts }, null, 2));
      for (const object of plan.objects) context.print(printable(`  ${object.key}`));
      return context.print(`Would re-ingest ${what(plan)} (dry run); nothing was sent.`);
    }
    const question = `Re-ingest ${what(plan)}?`;
    const count = plan.objects.length;
    await confirmMany(context, { command: 'reprocess', question, count, yes: values.yes });
    const { enqueued, batches } = await enqueue(clients, plan, context);
    if (values.json) {
      return context.print(JSON.stringify({ ...head, ...counts, enqueued, batches }, null, 2));
    }
    context.print(
      `Enqueued ${enqueued} reprocess message(s) in ${batches} batch(es) for ${what(plan)}, of ${plan.scanned} record(s) read.`,
    );
  },
};
