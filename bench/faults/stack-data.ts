import { createHash } from 'node:crypto';
import { DeleteObjectCommand, PutObjectCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { createStackClients, type StackClients, type StackInfo } from '../../local/cli/stack.ts';
import type { ActualRecord } from './compare-table.ts';
import type { Fixture, FixtureOutcome } from './fixtures.ts';

/**
 * The suite's reads and writes of the stack's data: uploads and deletes in the articles
 * bucket (remembering what each uploaded content becomes, by its MD5 = S3's eTag), the
 * bucket's final contents, and the whole table.
 */
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

export class StackData {
  /** eTag -> what that content becomes. */
  private readonly outcomes = new Map<string, FixtureOutcome>();
  private clients: StackClients | undefined;

  constructor(private readonly currentInfo: () => StackInfo) {}

  /** Clients for the running stack (rebuilt after a restart, whose endpoints may differ). */
  private get stack(): StackClients {
    const info = this.currentInfo();
    if (this.clients?.info.pid !== info.pid) {
      this.clients?.s3.destroy();
      this.clients = createStackClients(info);
    }
    return this.clients;
  }

  outcomeOfETag(eTag: string | undefined): FixtureOutcome | undefined {
    return eTag === undefined ? undefined : this.outcomes.get(eTag.replace(/"/g, ''));
  }

  /** Remembers a fixture's outcome without uploading it (an upload a crash may cut off). */
  remember(fixture: Fixture): void {
    this.outcomes.set(md5(fixture.body), fixture.outcome);
  }

  async put(key: string, fixture: Fixture): Promise<void> {
    this.remember(fixture);
    const { s3, info } = this.stack;
    await s3.send(
      new PutObjectCommand({
        Bucket: info.articlesBucket,
        Key: key,
        Body: fixture.body,
        ContentType: fixture.contentType,
      }),
    );
  }

  async delete(key: string): Promise<void> {
    const { s3, info } = this.stack;
    await s3.send(new DeleteObjectCommand({ Bucket: info.articlesBucket, Key: key }));
  }

  /** The objects under `prefix` now, each with what its content becomes. */
  async present(prefix: string): Promise<Map<string, FixtureOutcome>> {
    const { s3, info } = this.stack;
    const present = new Map<string, FixtureOutcome>();
    const pages = paginateListObjectsV2(
      { client: s3 },
      { Bucket: info.articlesBucket, Prefix: prefix },
    );
    for await (const page of pages)
      for (const object of page.Contents ?? []) {
        const outcome = this.outcomeOfETag(object.ETag);
        if (!object.Key) continue;
        if (!outcome)
          throw new Error(`The bucket holds ${object.Key} with content the suite never sent.`);
        present.set(object.Key, outcome);
      }
    return present;
  }

  /** Every record of the table whose object key is under `prefix`. */
  async records(prefix: string): Promise<ActualRecord[]> {
    const { db, info } = this.stack;
    const records: ActualRecord[] = [];
    const pages = paginateScan(
      { client: db },
      {
        TableName: info.tableName,
        ProjectionExpression: 'articleId, #status, #source',
        ExpressionAttributeNames: { '#status': 'status', '#source': 'source' },
      },
    );
    for await (const page of pages)
      for (const item of page.Items ?? []) {
        const source = item.source as { key?: string; sequencer?: string } | undefined;
        if (!source?.key?.startsWith(prefix)) continue;
        records.push({
          articleId: String(item.articleId),
          key: source.key,
          status: String(item.status),
          sequencer: String(source.sequencer ?? ''),
        });
      }
    return records;
  }

  destroy(): void {
    this.clients?.s3.destroy();
    this.clients = undefined;
  }
}
