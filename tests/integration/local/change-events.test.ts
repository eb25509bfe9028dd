import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsCommand } from '#local/cli/commands/events.ts';
import { BUS_JOURNAL_FILE, type DeliveredEvent } from '#local/stack/local-bus.ts';
import { type ChangeDetailType, changeEnvelopeSchema } from '#shared/changes/change-event.ts';
import { FIXTURE_OBJECTS, PLAIN_KEY } from '../support/fixture-objects.ts';
import { type InProcessStack, startInProcessStack } from './support/in-process-stack.ts';

/** Synthesis (two bundles) and DynamoDB Local's JVM take a while on a loaded 2-core machine. */
const SETUP_TIMEOUT_MS = 300_000;
const EVENT_WAIT_MS = 30_000;

let running: InProcessStack;
beforeAll(async () => {
  running = await startInProcessStack('change-events-');
}, SETUP_TIMEOUT_MS);
afterAll(async () => running?.stop(), 60_000);

const journal = (): DeliveredEvent[] => {
  try {
    return readFileSync(path.join(running.dataDir, BUS_JOURNAL_FILE), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as DeliveredEvent);
  } catch {
    return [];
  }
};

const typesFor = (key: string): string[] =>
  journal()
    .filter((event) => (event.detail as { key?: string }).key === key)
    .map((event) => event['detail-type']);

/** Waits until the events for `key` are `expected`, in order; fails with what arrived. */
const waitForEvents = async (key: string, expected: ChangeDetailType[]) => {
  const deadline = Date.now() + EVENT_WAIT_MS;
  while (Date.now() < deadline) {
    if (typesFor(key).length >= expected.length) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(typesFor(key)).toEqual(expected);
};

const put = (key: string, body: string | Uint8Array) =>
  running.s3.send(
    new PutObjectCommand({ Bucket: running.stack.info.articlesBucket, Key: key, Body: body }),
  );

describe('change events on the local stack', () => {
  it('publishes one event per real change: ingested, nothing for the same bytes, updated, removed', async () => {
    const body = FIXTURE_OBJECTS[PLAIN_KEY] as string;

    await put(PLAIN_KEY, body);
    await waitForEvents(PLAIN_KEY, ['ArticleIngested']);
    await put(PLAIN_KEY, body);
    await put(PLAIN_KEY, body.replace('eleven minutes', 'nine minutes'));
    await waitForEvents(PLAIN_KEY, ['ArticleIngested', 'ArticleUpdated']);
    await running.s3.send(
      new DeleteObjectCommand({ Bucket: running.stack.info.articlesBucket, Key: PLAIN_KEY }),
    );

    await waitForEvents(PLAIN_KEY, ['ArticleIngested', 'ArticleUpdated', 'ArticleRemoved']);
    const [ingested] = journal();
    expect(changeEnvelopeSchema('ArticleIngested').safeParse(ingested).success).toBe(true);
    expect(ingested?.detail).toMatchObject({
      key: PLAIN_KEY,
      status: 'ingested',
      publishedDate: '2025-11-05',
      record: { tableName: running.stack.info.tableName },
    });
  }, 120_000);

  it('publishes ArticleRejected for a file that is not an article', async () => {
    await put('junk/blob.bin', new Uint8Array([0, 159, 146, 150, 0, 0, 255, 254, 0, 1]));

    await waitForEvents('junk/blob.bin', ['ArticleRejected']);
    const rejected = journal().find((event) => event['detail-type'] === 'ArticleRejected');
    expect(rejected?.detail).toMatchObject({ status: 'rejected', reason: 'binary' });
  }, 60_000);

  it('`events` prints the journal, one line per event, or JSON lines with --json', async () => {
    const lines: string[] = [];
    const context = {
      connect: () => Promise.reject(new Error('events needs no running stack')),
      print: (line: string) => lines.push(line),
      printError: () => {},
      interrupted: () => new Promise<void>(() => {}),
    };

    await eventsCommand.run(['--data-dir', running.dataDir], context);
    const human = lines.splice(0, lines.length);
    await eventsCommand.run(['--data-dir', running.dataDir, '--json'], context);

    expect(human).toHaveLength(journal().length);
    expect(human[0]).toMatch(
      /ArticleIngested {2}news\/2025-11-05-harbour-ferry\.txt {2}status=ingested/,
    );
    expect(lines.map((line) => JSON.parse(line))).toEqual(journal());
  });
});
