import { oneObjectKey, parseCommandArgs } from '../args.ts';
import { CliError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import type { StackClients } from '../stack.ts';

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

export const deleteCommand: Command = {
  name: 'delete',
  summary: 'Delete an object (its record becomes a removed tombstone)',
  usage: `Usage: article-ingest delete <key>

Deletes the object from the articles bucket. The pipeline then turns its record
into a tombstone with status "removed".`,
  options: {},
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('delete', argv, {});
    const key = oneObjectKey('delete', positionals);
    const clients = await connect(values['data-dir']);
    await assertObjectExists(clients, key);
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await clients.s3.send(
      new DeleteObjectCommand({ Bucket: clients.info.articlesBucket, Key: key }),
    );
    print(`deleted s3://${clients.info.articlesBucket}/${key}`);
  },
};
