import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3RVER_CREDENTIALS } from '#local/emulators/s3-server.ts';
import { BUS_JOURNAL_FILE, type LocalBus, startLocalBus } from '#local/stack/local-bus.ts';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';
import type { EventBridgeApi } from '#shared/adapters/eventbridge-api.ts';
import { createEventBridgePublisher } from '#shared/adapters/eventbridge-publisher.ts';
import { sdkEventBridgeApi } from '#shared/adapters/eventbridge-sdk-api.ts';
import { changeEnvelopeSchema } from '#shared/changes/change-event.ts';
import { changeEventFor } from '#shared/changes/change-event-for.ts';
import { TransientError } from '#shared/domain/errors.ts';
import { article } from '../../unit/changes/records.ts';

let dataDir: string;
let bus: LocalBus;
let client: EventBridgeClient;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'local-bus-'));
  bus = await startLocalBus({ busName: 'change-event-bus', region: 'us-east-1', dataDir });
  client = new EventBridgeClient({
    endpoint: bus.endpoint,
    region: 'us-east-1',
    credentials: S3RVER_CREDENTIALS,
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await bus.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const journal = () =>
  readFileSync(path.join(dataDir, BUS_JOURNAL_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Events journalled so far (none before the first PutEvents writes the file). */
const journalLength = () =>
  existsSync(path.join(dataDir, BUS_JOURNAL_FILE)) ? journal().length : 0;

/** The publisher's port through the SDK, or through the publish function's HTTP client. */
const apis = (): Record<'sdk' | 'http', EventBridgeApi> => ({
  sdk: sdkEventBridgeApi(client),
  http: httpAwsClients(
    {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_EVENTBRIDGE: bus.endpoint,
    },
    { sleep: async () => undefined },
  ).eventBridge(),
});

describe.each(['sdk', 'http'] as const)('the local bus (%s client)', (kind) => {
  it("takes the publisher's PutEvents and journals each event as EventBridge delivers it", async () => {
    const publisher = createEventBridgePublisher(apis()[kind], 'change-event-bus');
    const event = changeEventFor(null, article('01'), { tableName: 'articles-table' });
    if (!event) throw new Error('expected an event');

    const earlier = journalLength();

    const answers = await publisher.put([event, event]);

    expect(answers).toEqual([true, true]);
    const delivered = journal().slice(earlier);
    expect(delivered).toHaveLength(2);
    expect(changeEnvelopeSchema('ArticleIngested').parse(delivered[0])).toMatchObject({
      'detail-type': 'ArticleIngested',
      time: event.detail.changedAt,
      detail: event.detail,
    });
    expect(delivered[0]?.id).not.toBe(delivered[1]?.id);
  });

  it('refuses the entries of another bus, one answer per entry', async () => {
    const publisher = createEventBridgePublisher(apis()[kind], 'someone-elses-bus');
    const event = changeEventFor(null, article('02'), { tableName: 'articles-table' });
    if (!event) throw new Error('expected an event');

    expect(await publisher.put([event])).toEqual([false]);
  });

  it('answers a request that is no PutEvents with an error the publisher reports as transient', async () => {
    const publisher = createEventBridgePublisher(apis()[kind], 'change-event-bus');
    const event = changeEventFor(null, article('03'), { tableName: 'articles-table' });
    if (!event) throw new Error('expected an event');
    const eleven = Array.from({ length: 11 }, () => event);

    await expect(publisher.put(eleven)).rejects.toThrow(TransientError);
  });
});
