import { get } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '#local/inspector/chromium.ts';
import type { DemoStack } from '#local/inspector/demo-stack.ts';
import { articleIdFor } from '#shared/domain/article-id.ts';
import { DEAD_LETTER, startInspectorStack } from './support/inspector-stack.ts';

/** A JVM start and a browser start on a loaded 2-core machine. */
const SETUP_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 60_000;
/** How long the page may take to show what it fetched. */
const UI_WAIT_MS = 15_000;

const STORY_KEY = 'news/bridge.txt';
const STORY = `date 2025-11-05
Lindenfeld opens its new river bridge

Lindenfeld, 5 November - The city of Lindenfeld opened its new river bridge on Tuesday after three years of work, the mayor said.

"This bridge joins the two halves of our town again," said Mayor Anna Keller at the opening ceremony. Keller thanked the engineers for finishing early.

Traffic on the old ferry will stop next month, according to the Lindenfeld Transport Authority.
`;
const BINARY_KEY = 'uploads/noise.bin';
const BINARY = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
const HOSTILE_KEY = 'hostile/title.txt';
/** Markup that runs script if any of it is ever parsed as HTML. */
const HOSTILE_TITLE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>Budget';
const HOSTILE_NAME = '<b onmouseover="window.pwned=3">Mallory</b>';

let running: DemoStack;
let browser: Browser;
let page: Page;
let dialogs = 0;

beforeAll(async () => {
  [running, browser] = await Promise.all([startInspectorStack(), launchChromium()]);
  await running.put(STORY_KEY, STORY);
  await running.put(BINARY_KEY, BINARY);
  const story = await running.recordOf(STORY_KEY);
  await running.recordOf(BINARY_KEY);
  if (story.status !== 'ingested') throw new Error(`The story was ${story.status}.`);
  // Written as another writer could: the page must show whatever a record holds as text.
  await running.putRecord({
    ...story,
    articleId: articleIdFor(story.source.bucket, HOSTILE_KEY),
    source: { ...story.source, key: HOSTILE_KEY },
    title: HOSTILE_TITLE,
    body: `${HOSTILE_NAME} spoke.`,
    entities: [{ kind: 'person', name: HOSTILE_NAME, aliases: [], roles: [], mentions: 1 }],
    quotes: [],
    temporalRefs: [],
  });
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(running.stack.info.inspectorEndpoint ?? '');
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

/** The status of `GET /` sent with another `Host`, as a DNS-rebinding page's request arrives. */
const statusWithHost = (endpoint: string, host: string): Promise<number | undefined> =>
  new Promise((resolve, reject) => {
    const request = get(endpoint, { headers: { host } }, (answer) => {
      answer.resume();
      resolve(answer.statusCode);
    });
    request.on('error', reject);
  });

const rowOf = (key: string) =>
  page.locator(`tr[data-article-id="${articleIdFor(running.stack.info.articlesBucket, key)}"]`);

describe('the inspector page in headless chromium', () => {
  it(
    'lists the records with status, format, title, date and language',
    async () => {
      const row = rowOf(STORY_KEY);
      await row.waitFor({ timeout: UI_WAIT_MS });

      const cells = await row.locator('td').allTextContents();

      expect(cells.slice(0, 5)).toEqual([
        'ingested',
        'text',
        'Lindenfeld opens its new river bridge',
        '2025-11-05',
        'en',
      ]);
      expect(await rowOf(BINARY_KEY).locator('td').first().textContent()).toBe('rejected');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'opens the article with its entities, quotes and dates highlighted',
    async () => {
      await rowOf(STORY_KEY).locator('button').click();
      const text = page.locator('#article-text');
      await text.locator('mark').first().waitFor({ timeout: UI_WAIT_MS });

      const people = await text.locator('mark.person').allTextContents();
      const places = await text.locator('mark.place').allTextContents();
      const dates = await text.locator('mark.date').allTextContents();
      const quotes = await text.locator('.quote').allTextContents();

      expect(await page.locator('#article-title').textContent()).toBe(
        'Lindenfeld opens its new river bridge',
      );
      expect(people).toEqual(expect.arrayContaining(['Anna Keller', 'Keller']));
      expect(places).toContain('Lindenfeld');
      expect(dates).toEqual(expect.arrayContaining(['on Tuesday', 'next month']));
      expect(quotes.join('')).toBe('This bridge joins the two halves of our town again');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows a hostile title and name as text, and runs none of their script',
    async () => {
      await page.locator('#back').click();
      const row = rowOf(HOSTILE_KEY);
      await row.waitFor({ timeout: UI_WAIT_MS });
      await row.locator('button').click();
      await page.locator('#article-text mark.person').waitFor({ timeout: UI_WAIT_MS });

      expect(await row.locator('td.title').textContent()).toBe(HOSTILE_TITLE);
      expect(await page.locator('#article-title').textContent()).toBe(HOSTILE_TITLE);
      expect(await page.locator('#article-text mark.person').textContent()).toBe(HOSTILE_NAME);
      expect(await page.locator('main img, main script, main b').count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(dialogs).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows the rejected file with its reason',
    async () => {
      await page.locator('nav [data-tab="rejected"]').click();
      const row = page.locator('#rejected-rows tr', { hasText: BINARY_KEY });
      await row.waitFor({ timeout: UI_WAIT_MS });

      expect(await row.locator('td.reason').textContent()).toBe('binary');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'redrives the dead letter with its button, and it leaves the dead-letter queue',
    async () => {
      await page.locator('nav [data-tab="dead-letters"]').click();
      const row = page.locator('#dead-letter-rows tr', { hasText: DEAD_LETTER.key });
      await row.waitFor({ timeout: UI_WAIT_MS });
      const lastError = await row.locator('td').nth(3).textContent();

      await row.locator('button.redrive').click();
      await row.waitFor({ state: 'detached', timeout: UI_WAIT_MS });

      expect(lastError).toBe(DEAD_LETTER.error);
      expect(await page.locator('#dead-letters-note').textContent()).toContain('Moved 1 back');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses an API call without the page token, and a page that is not on loopback',
    async () => {
      const endpoint = running.stack.info.inspectorEndpoint ?? '';
      const bare = await fetch(`${endpoint}api/records`);
      const forged = await fetch(`${endpoint}api/dead-letters/redrive`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{}',
      });
      const rebound = await statusWithHost(endpoint, 'evil.example');

      expect(bare.status).toBe(401);
      expect(forged.status).toBe(403);
      expect(rebound).toBe(403);
    },
    TEST_TIMEOUT_MS,
  );
});
