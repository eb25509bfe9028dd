import { createHash } from 'node:crypto';
import {
  DeleteObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { createStackClients, type LocalStackClients } from '#local/cli/stack.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';
import type { ActualRecord } from './compare-table.ts';
import type { Fixture, FixtureOutcome } from './fixtures.ts';

/** S3 quotes eTags (`"abc"`); the suite keys contents by the bare MD5. */
const QUOTES = /"/g;

/**
 * The suite's reads and writes of the stack's data: uploads and deletes in the articles
 * bucket (remembering what each uploaded content becomes, by its MD5 = S3's eTag), the
 * bucket's final contents, and the whole table.
 */
export interface BucketState {
  /** Objects that exist, with what their content becomes. */
  present: Map<string, FixtureOutcome>;
  /** Keys whose object the bucket cannot serve (torn by a crash). */
  unreadable: string[];
}

const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

export class StackData {
  /** eTag -> what that content becomes. */
  private readonly outcomes = new Map<string, FixtureOutcome>();
  /** Every key the suite wrote or tried to write. */
  private readonly touched = new Set<string>();
  private clients: LocalStackClients | undefined;

  constructor(private readonly currentInfo: () => StackInfo) {}

  /** Clients for the running stack (rebuilt after a restart, whose endpoints may differ). */
  private get stack(): LocalStackClients {
    const info = this.currentInfo();
    if (this.clients?.info.pid !== info.pid) {
      this.clients?.s3.destroy();
      this.clients = createStackClients(info);
    }
    return this.clients;
  }

  outcomeOfETag(eTag: string | undefined): FixtureOutcome | undefined {
    return eTag === undefined ? undefined : this.outcomes.get(eTag.replace(QUOTES, ''));
  }

  /** Remembers a write before it is sent: a crash may cut it off after it landed. */
  remember(key: string, fixture?: Fixture): void {
    this.touched.add(key);
    if (fixture) this.outcomes.set(md5(fixture.body), fixture.outcome);
  }

  async put(key: string, fixture: Fixture): Promise<void> {
    this.remember(key, fixture);
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
    this.remember(key);
    const { s3, info } = this.stack;
    await s3.send(new DeleteObjectCommand({ Bucket: info.articlesBucket, Key: key }));
  }

  /**
   * The objects under `prefix` now, each with what its content becomes. When the listing
   * fails (s3rver cannot list a prefix holding an object a crash tore), each key the
   * suite wrote is asked for alone; those that cannot be read are `unreadable`.
   */
  async present(prefix: string): Promise<BucketState> {
    try {
      return { present: await this.listed(prefix), unreadable: [] };
    } catch {
      return this.headEach([...this.touched].filter((key) => key.startsWith(prefix)));
    }
  }

  private async listed(prefix: string): Promise<Map<string, FixtureOutcome>> {
    const { s3, info } = this.stack;
    const present = new Map<string, FixtureOutcome>();
    const pages = paginateListObjectsV2(
      { client: s3 },
      { Bucket: info.articlesBucket, Prefix: prefix },
    );
    for await (const page of pages)
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        const outcome = this.outcomeOfETag(object.ETag);
        if (!outcome)
          throw new Error(`The bucket holds ${object.Key} with content the suite never sent.`);
        present.set(object.Key, outcome);
      }
    return present;
  }

  private async headEach(keys: string[]): Promise<BucketState> {
    const { s3, info } = this.stack;
    const state: BucketState = { present: new Map(), unreadable: [] };
    for (const key of keys) {
      try {
        const head = await s3.send(
          new HeadObjectCommand({ Bucket: info.articlesBucket, Key: key }),
        );
        const outcome = this.outcomeOfETag(head.ETag);
        if (outcome) state.present.set(key, outcome);
        else state.unreadable.push(key);
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
          ?.httpStatusCode;
        if (status !== 404) state.unreadable.push(key);
      }
    }
    return state;
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
