import { readFileSync } from 'node:fs';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIngestHandler, type IngestHandler } from '#lambdas/ingest/create-ingest-handler.ts';
import { metricsPublisher } from '#lambdas/ingest/emf.ts';
import { METRICS_NAMESPACE } from '#lambdas/ingest/ingest-metrics.ts';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { TEST_BUCKETS } from './global-setup.ts';
import { uniqueName } from './support/emulator-clients.ts';
import { s3Notification, sqsEventOf } from './support/sqs-events.ts';
import { createTestPipeline, TEST_NOW, type TestPipeline } from './support/test-deps.ts';

const ARTICLE =
  'date 2025-11-05 The tram line to the harbour opened on Wednesday.\n\nIt runs every ten minutes.\n';
/** What `s3Notification` stamps on every event. */
const EVENT_TIME = Date.parse(
  s3Notification({ eventName: 'ObjectCreated:Put', key: 'k', sequencer: '01' }).Records[0]
    ?.eventTime ?? '',
);
/** The s3:TestEvent S3 sends when notifications are set up, from the shared sample. */
const testEventRecord = () =>
  (
    JSON.parse(
      readFileSync(new URL('../../events/s3-test-event.json', import.meta.url), 'utf8'),
    ) as SQSEvent
  ).Records[0];

type Line = Record<string, unknown>;

/**
 * The real handler, its real Logger and Powertools Metrics, over the emulators: what an
 * invocation writes to stdout (and stderr) is read back as JSON lines.
 */
describe('what an ingest invocation prints', () => {
  let pipeline: TestPipeline;
  let handle: IngestHandler;
  let prefix: string;
  let printed: string[];

  beforeEach(async () => {
    pipeline = await createTestPipeline();
    const logger = new Logger({ serviceName: 'ingest', logLevel: 'INFO' });
    handle = createIngestHandler({ ...pipeline.deps, logger, publishMetrics: metricsPublisher() });
    prefix = uniqueName('observed');
    printed = [];
    const capture = (chunk: unknown) => {
      printed.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterEach(() => vi.restoreAllMocks());

  const lines = (): Line[] =>
    printed
      .flatMap((chunk) => chunk.split('\n'))
      .flatMap((text) => (text.startsWith('{') ? [JSON.parse(text) as Line] : []));
  const logLines = () => lines().filter((line) => !('_aws' in line));
  const metricLines = () => lines().filter((line) => '_aws' in line);

  it('tags every line about an object with its message, bucket, key and article id', async () => {
    const tram = `${prefix}/tram.txt`;
    const empty = `${prefix}/empty.txt`;
    await pipeline.putObject(tram, ARTICLE);
    await pipeline.putObject(empty, '');
    const event = sqsEventOf(
      { eventName: 'ObjectCreated:Put', key: tram, sequencer: '0A' },
      { eventName: 'ObjectCreated:Put', key: empty, sequencer: '0B' },
    );
    const testEvent = testEventRecord();
    if (testEvent) event.Records.push(testEvent);

    await handle(event);

    const [first, second] = event.Records;
    const processed = logLines().filter((line) => line.message === 'object processed');
    expect(processed).toEqual([
      expect.objectContaining({
        messageId: first?.messageId,
        bucket: TEST_BUCKETS.articles,
        key: tram,
        articleId: articleIdFor(TEST_BUCKETS.articles, tram),
      }),
      expect.objectContaining({
        messageId: second?.messageId,
        key: empty,
        articleId: articleIdFor(TEST_BUCKETS.articles, empty),
      }),
    ]);
    // Keys are cleared between messages: the test event's line names no object.
    const ignored = logLines().find((line) => line.message === 'ignored s3:TestEvent');
    expect(ignored).toMatchObject({ messageId: testEvent?.messageId });
    expect(ignored).not.toHaveProperty('key');
    expect(ignored).not.toHaveProperty('articleId');
  });

  it("names the request, the object, its outcome and duration, not the function's own settings", async () => {
    const tram = `${prefix}/tram.txt`;
    const again = `${prefix}/again.txt`;
    await pipeline.putObject(tram, ARTICLE);
    await pipeline.putObject(again, 'date 2025-11-05 Short.\n');
    const event = sqsEventOf(
      { eventName: 'ObjectCreated:Put', key: tram, sequencer: '0A' },
      { eventName: 'ObjectCreated:Put', key: again, sequencer: '0B' },
    );
    const redelivered = event.Records[1];
    if (redelivered) redelivered.attributes.ApproximateReceiveCount = '3';
    const context = {
      awsRequestId: 'request-1',
      functionName: 'ArticleIngest-IngestFunction',
      invokedFunctionArn:
        'arn:aws:lambda:eu-west-1:123456789012:function:ArticleIngest-IngestFunction',
      memoryLimitInMB: '1024',
      functionVersion: '$LATEST',
      getRemainingTimeInMillis: () => 60_000,
    } as unknown as Context;

    await handle(event, context);

    const [first, second] = logLines().filter((line) => line.message === 'object processed');
    expect(first).toMatchObject({
      function_request_id: 'request-1',
      key: tram,
      outcome: 'written',
      status: 'ingested',
      eventName: 'ObjectCreated:Put',
      extractionMs: expect.any(Number),
    });
    for (const absent of [
      'function_name',
      'function_arn',
      'function_memory_size',
      'cold_start',
      'change',
      'receiveCount',
    ]) {
      expect(first).not.toHaveProperty(absent);
    }
    // A redelivery says how many times the message came.
    expect(second).toMatchObject({
      key: again,
      receiveCount: '3',
      function_request_id: 'request-1',
    });
  });

  it('prints the invocation metrics as EMF JSON at its end', async () => {
    const tram = `${prefix}/tram.txt`;
    const empty = `${prefix}/empty.txt`;
    await pipeline.putObject(tram, ARTICLE);
    await pipeline.putObject(empty, '');

    await handle(
      sqsEventOf(
        { eventName: 'ObjectCreated:Put', key: tram, sequencer: '0A' },
        { eventName: 'ObjectCreated:Put', key: empty, sequencer: '0B' },
      ),
    );

    const [totals, emptyReason, ...more] = metricLines();
    expect(more).toEqual([]);
    expect(totals).toMatchObject({
      _aws: {
        // Powertools stamps the line when it is flushed, by the real clock.
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Dimensions: [['service']] }],
      },
      service: 'ingest',
      Ingested: 1,
      Rejected: 1,
      Duplicates: 0,
      Updates: 0,
      Removals: 0,
      Bytes: Buffer.byteLength(ARTICLE),
      UploadToRecordLagMs: [TEST_NOW.getTime() - EVENT_TIME, TEST_NOW.getTime() - EVENT_TIME],
    });
    expect(totals?.ExtractionMs).toHaveLength(2);
    expect(emptyReason).toMatchObject({ service: 'ingest', reason: 'empty', Rejected: 1 });
  });
});
