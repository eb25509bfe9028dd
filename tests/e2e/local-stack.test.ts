import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestControl } from '#local/cli/stack.ts';
import { encodeS3Key } from '#shared/events/s3-key-encoding.ts';
import { eventually, runCli, waitForArticles, waitForStatus } from './support/cli.ts';
import { REPO_ROOT, type RunningStack, startLocalStack } from './support/local-stack-process.ts';
import { objectCreatedEvent } from './support/s3-notification.ts';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/e2e');
const SEED_LAYOUT_KEY = 'porthaven-bridge.txt';
/** Spaces, a plus sign and non-ASCII letters: the key S3 sends URL-encoded. */
const SPECIAL_KEY = 'world news/Zürich+Genève café.md';
const FEED_KEY = 'valley-news.xml';

interface Section {
  heading: string | null;
  paragraphs: string[];
}

const outline = (record: Record<string, unknown>) =>
  (record.sections as Section[]).map((section) => [section.heading, section.paragraphs.length]);

describe('the local stack driven through the article-ingest CLI', () => {
  let dataDir: string;
  let stack: RunningStack;
  /** The source facts of the Markdown article's create event, replayed after its delete. */
  let createdSource: { sequencer: string; size?: number; eTag?: string };
  const cli = (...args: string[]) => runCli(dataDir, args);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'article-ingest-e2e-'));
    stack = await startLocalStack(dataDir);
  });

  afterAll(async () => {
    if (stack && stack.child.exitCode === null) await stack.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ingests a plain-text article in the seed layout uploaded with put', async () => {
    // Act
    const put = await cli('put', join(FIXTURES, SEED_LAYOUT_KEY));
    const record = await waitForStatus(dataDir, SEED_LAYOUT_KEY, 'ingested');
    const viaBin = await cli('get', SEED_LAYOUT_KEY, '--json');

    // Assert
    expect(put).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(viaBin.stdout)).toEqual(record);
    expect(record).toMatchObject({
      publishedDate: '2025-11-05',
      language: 'en',
      titleSource: 'derived',
      format: 'text',
      paragraphCount: 7,
      source: { key: SEED_LAYOUT_KEY },
    });
    expect(record.title).toEqual(expect.any(String));
    expect(outline(record)).toEqual([
      [null, 3],
      ['A ferry and a longer drive', 2],
      ['What the engineers found', 2],
    ]);
    expect(record.body).toMatch(/^The harbour authority of the coastal city of Porthaven/);
    expect(record.body).not.toContain('date 2025-11-05');
  });

  it('ingests Markdown with front matter under a key with spaces, a plus and non-ASCII letters', async () => {
    // Arrange: a folder whose relative path becomes the key, put from another cwd
    const upload = join(dataDir, 'upload');
    mkdirSync(join(upload, 'world news'), { recursive: true });
    copyFileSync(join(FIXTURES, 'lake-ferries.md'), join(upload, SPECIAL_KEY));

    // Act
    const put = await runCli(dataDir, ['put', 'upload'], dataDir);
    const record = await waitForStatus(dataDir, SPECIAL_KEY, 'ingested');
    const summary = await cli('get', SPECIAL_KEY);

    // Assert
    expect(put.stdout).toContain(`/${SPECIAL_KEY} (`);
    expect(record).toMatchObject({
      title: 'Lake ferries return to a full timetable',
      titleSource: 'explicit',
      publishedDate: '2025-10-14',
      language: 'en',
      format: 'markdown',
      source: { key: SPECIAL_KEY },
    });
    expect(outline(record)).toEqual([
      [null, 1],
      ['Water levels', 1],
      ['What passengers should know', 1],
    ]);
    expect(record.body).not.toMatch(/^---|title:/m);
    expect(summary.stdout).toMatch(/^status:\s+ingested$/m);
    createdSource = record.source as typeof createdSource;
  });

  it('lists the articles of one publication day', async () => {
    const { code, stdout } = await cli('list', '--date', '2025-11-05');

    expect(code).toBe(0);
    expect(stdout).toContain(SEED_LAYOUT_KEY);
    expect(stdout).not.toContain(SPECIAL_KEY);
  });

  it('turns the record into a removed tombstone when the object is deleted', async () => {
    const deleted = await cli('delete', SPECIAL_KEY);
    const record = await waitForStatus(dataDir, SPECIAL_KEY, 'removed');

    expect(deleted.code).toBe(0);
    expect(record.source).toMatchObject({ key: SPECIAL_KEY });
  });

  it('leaves the tombstone when the old create event is replayed', async () => {
    // Arrange: the create event S3 sent before the delete, with its original sequencer
    const tombstone = await waitForStatus(dataDir, SPECIAL_KEY, 'removed');
    const eventFile = join(dataDir, 'old-create.json');
    const event = objectCreatedEvent({
      bucket: stack.info.articlesBucket,
      region: stack.info.region,
      encodedKey: encodeS3Key(SPECIAL_KEY),
      sequencer: createdSource.sequencer,
      size: createdSource.size,
      eTag: createdSource.eTag,
    });
    writeFileSync(eventFile, JSON.stringify(event));

    // Act
    const replay = await cli('replay', eventFile);
    const after = await waitForStatus(dataDir, SPECIAL_KEY, 'removed');

    // Assert
    expect(replay).toMatchObject({ code: 0, stderr: '' });
    expect(replay.stdout).toMatch(/\(ObjectCreated:Put\) -> stale\n1 object: 1 stale/);
    expect(after.sequencerKey).toBe(tombstone.sequencerKey);
  });

  it('rejects an empty file and a binary file with reasons, and dead-letters neither', async () => {
    // Arrange
    const rejects = join(dataDir, 'rejects');
    mkdirSync(rejects);
    writeFileSync(join(rejects, 'empty.txt'), '');
    writeFileSync(
      join(rejects, 'noise.bin'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
    );

    // Act
    const put = await cli('put', rejects, '--prefix', 'rejects/');
    const empty = await waitForStatus(dataDir, 'rejects/empty.txt', 'rejected');
    const binary = await waitForStatus(dataDir, 'rejects/noise.bin', 'rejected');
    const health = (await (await requestControl(stack.info, '/health')).json()) as {
      dlqDepth: number;
    };

    // Assert
    expect(put.code).toBe(0);
    expect(empty.reason).toBe('empty');
    expect(binary.reason).toBe('binary');
    expect(health.dlqDepth).toBe(0);
  });

  it("keeps one record per feed item through a new edition and the feed's deletion", async () => {
    // Arrange: the same key uploaded twice; the second edition drops one item, adds one
    const editions = join(dataDir, 'editions');
    mkdirSync(join(editions, 'next'), { recursive: true });
    copyFileSync(join(FIXTURES, 'valley-news.xml'), join(editions, FEED_KEY));
    copyFileSync(join(FIXTURES, 'valley-news-next.xml'), join(editions, 'next', FEED_KEY));
    const titles = (records: Record<string, unknown>[]) => records.map((r) => r.title);
    /** The feed's item records as `<item key or id> <status>`, once they are as expected. */
    const itemStatus = (expected: string[]) => {
      let seen: string[] = [];
      return eventually(
        async () => {
          const listed = JSON.parse((await cli('list', '--json')).stdout) as Record<
            string,
            unknown
          >[];
          seen = listed
            .filter((r) => r.containerId !== undefined)
            .map(
              (r) =>
                `${(r.source as { item?: { key: string } }).item?.key ?? r.articleId} ${r.status}`,
            )
            .sort();
          return JSON.stringify(seen) === JSON.stringify(expected) ? seen : undefined;
        },
        () => `feed items ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`,
      );
    };

    // Act + Assert: first edition
    await cli('put', join(editions, FEED_KEY));
    const first = await waitForArticles(dataDir, FEED_KEY, (records) => records.length === 3);
    expect(titles(first)).toEqual([
      'Night trains return to the valley line',
      'Stone bridge reopens to walkers',
      'Library extends its winter hours',
    ]);
    expect(first[1]).toMatchObject({
      status: 'ingested',
      format: 'rss',
      authors: ['Jonas Berg'],
      publishedDate: '2025-11-04',
      source: { key: FEED_KEY, item: { key: 'valley-2025-0102', position: 2 } },
    });

    // Second edition under the same key: one item retired, one added
    await cli('put', join(editions, 'next', FEED_KEY));
    const second = await waitForArticles(dataDir, FEED_KEY, (records) =>
      titles(records).includes('Ferry timetable adds a late crossing'),
    );
    expect(titles(second)).toEqual([
      'Stone bridge reopens to walkers',
      'Library extends its winter hours',
      'Ferry timetable adds a late crossing',
    ]);
    expect(second[0]?.articleId).toBe(first[1]?.articleId);
    const afterEdition = [
      `${first[0]?.articleId} removed`,
      'valley-2025-0102 ingested',
      'valley-2025-0103 ingested',
      'valley-2025-0104 ingested',
    ].sort();
    expect(await itemStatus(afterEdition)).toEqual(afterEdition);

    // Deleting the feed tombstones every item
    await cli('delete', FEED_KEY);
    await waitForStatus(dataDir, FEED_KEY, 'removed');
    const ids = new Set([...first, ...second].map((r) => r.articleId as string));
    const allRemoved = [...ids].map((id) => `${id} removed`).sort();
    expect(await itemStatus(allRemoved)).toHaveLength(4);
  });

  it('ingests a file dropped into the inbox', async () => {
    mkdirSync(join(stack.inbox, 'dropped'), { recursive: true });
    copyFileSync(join(FIXTURES, SEED_LAYOUT_KEY), join(stack.inbox, 'dropped', 'story.txt'));

    const record = await waitForStatus(dataDir, 'dropped/story.txt', 'ingested');

    expect(record.publishedDate).toBe('2025-11-05');
  });

  it('says so in one line when a key has no record', async () => {
    const { code, stderr } = await cli('get', 'never uploaded.txt');

    expect(code).toBe(1);
    expect(stderr).toBe("No record for key 'never uploaded.txt'.\n");
  });

  it('stops cleanly on Ctrl-C, after which the CLI says the stack is not running', async () => {
    const exitCode = await stack.stop();
    const { code, stderr } = await cli('list');

    expect(exitCode).toBe(0);
    expect(code).toBe(1);
    expect(stderr).toBe('The local stack is not running: start it with `npm start`.\n');
  });
});
