import { mapLimited } from '#shared/pipeline/map-limited.ts';
import { printable } from '../../command-line/printable.ts';
import { checkObjectKey, parseCommandArgs } from '../args.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { confirmMany, type ManyObjects } from '../confirm-many.ts';
import type { StackClients } from '../stack.ts';

const options = {
  prefix: { type: 'string' },
  yes: { type: 'boolean', short: 'y', default: false },
} as const;

/** Deletes in flight at once: each is one event, the local queue takes them as they come. */
const DELETE_CONCURRENCY = 8;
/** How many of the named keys the question lists before `and N more`. */
const QUESTION_KEYS = 3;

const assertObjectExists = async ({ s3, info }: StackClients, key: string): Promise<void> => {
  const { HeadObjectCommand, NotFound } = await import('@aws-sdk/client-s3');
  try {
    await s3.send(new HeadObjectCommand({ Bucket: info.articlesBucket, Key: key }));
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    throw new CliError(`No object with key '${key}' in ${info.articlesBucket}.`, 1, {
      cause: error,
    });
  }
};

/** The keys under a prefix, as the bucket lists them now. */
const keysUnder = async (clients: StackClients, prefix: string): Promise<string[]> => {
  const { listBucket } = await import('../../backfill/list-bucket.ts');
  const keys: string[] = [];
  for await (const object of listBucket(clients.s3, clients.info.articlesBucket, prefix))
    keys.push(object.key);
  if (keys.length === 0) {
    throw new CliError(`No objects under s3://${clients.info.articlesBucket}/${prefix}.`);
  }
  return keys;
};

/** The keys named on the line, each checked; every one must exist before any is deleted. */
const namedKeys = async (clients: StackClients, keys: string[]): Promise<string[]> => {
  await mapLimited(keys, DELETE_CONCURRENCY, (key) => assertObjectExists(clients, key));
  return keys;
};

/**
 * Keys or a prefix, not both and not neither. An empty or blank prefix would name the
 * whole bucket: no command empties a bucket by accident.
 */
const checkTarget = (keys: string[], prefix: string | undefined): void => {
  if (prefix !== undefined && keys.length > 0)
    throw usageError("'delete' takes keys or --prefix, not both.");
  if (prefix === undefined && keys.length === 0)
    throw usageError("'delete' needs a key, several keys, or --prefix P.");
  if (prefix !== undefined && prefix.trim() === '')
    throw usageError(
      "'delete' needs a --prefix that is not empty or blank (it would name every object).",
    );
  for (const key of keys) checkObjectKey('delete', key);
};

/** Names a few of the keys, so the question says what it is about. */
const namedQuestion = (keys: string[], yes: boolean): ManyObjects => {
  const shown = keys.slice(0, QUESTION_KEYS).map((key) => `'${key}'`);
  const more = keys.length > QUESTION_KEYS ? ` and ${keys.length - QUESTION_KEYS} more` : '';
  const question = printable(`Delete ${keys.length} objects: ${shown.join(', ')}${more}?`);
  return { command: 'delete', question, count: keys.length, yes };
};

export const deleteCommand: Command = {
  name: 'delete',
  summary: 'Delete objects (their records become removed tombstones)',
  usage: `Usage: article-ingest delete <key>... [--yes]
       article-ingest delete --prefix P [--yes]

Deletes the objects from the articles bucket. The pipeline then turns each record
into a tombstone with status "removed". Every named key must exist, or nothing is
deleted. More than one object is deleted only after a yes at the terminal, or with
--yes (without a terminal, --yes is required).
  --prefix P     every object whose key starts with P (not empty)
  -y, --yes      delete without asking`,
  options,
  run: async (argv, context) => {
    const { values, positionals } = parseCommandArgs('delete', argv, options);
    checkTarget(positionals, values.prefix);
    const { yes, prefix } = values;
    // Named keys are counted on the line: asked (or refused) before the stack is touched.
    if (prefix === undefined) await confirmMany(context, namedQuestion(positionals, yes));
    const clients = await context.connect(values);
    const bucket = clients.info.articlesBucket;
    const keys =
      prefix === undefined
        ? await namedKeys(clients, positionals)
        : await keysUnder(clients, prefix);
    if (prefix !== undefined) {
      const question = printable(`Delete ${keys.length} objects under s3://${bucket}/${prefix}?`);
      await confirmMany(context, { command: 'delete', question, count: keys.length, yes });
    }
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await mapLimited(keys, DELETE_CONCURRENCY, async (key) => {
      await clients.s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      context.print(printable(`deleted s3://${bucket}/${key}`));
    });
    if (keys.length > 1) context.print(`Deleted ${keys.length} objects.`);
  },
};
