import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findFreePort } from '../emulators/free-port.ts';
import { synthesize } from '../stack/synth.ts';
import { launchChromium } from './chromium.ts';
import { startDemoStack } from './demo-stack.ts';

/**
 * `npm run screenshots`: starts a local stack in a temp folder, uploads a few sample
 * articles (written for this script), a binary file and leaves a dead letter, then
 * photographs the inspector in headless chromium into docs/inspector-*.png.
 */
const ROOT = process.cwd();
const CDK_OUT = path.join(ROOT, 'cdk.out');
const DOCS = path.join(ROOT, 'docs');
/** Small enough for a README: one CSS pixel per pixel. */
const VIEWPORT = { width: 1000, height: 640 };
const UI_WAIT_MS = 15_000;

const SAMPLES: Record<string, string> = {
  'news/2025/bridge.txt': `date 2025-11-05
Lindenfeld opens its new river bridge

Lindenfeld, 5 November - The city of Lindenfeld opened its new river bridge on Tuesday after three years of work, the mayor said.

"This bridge joins the two halves of our town again," said Mayor Anna Keller at the opening ceremony. Keller thanked the engineers for finishing early.

Traffic on the old ferry will stop next month, according to the Lindenfeld Transport Authority.

"We waited a long time for this day," said Jonas Weber, a shop owner on the east bank.
`,
  'news/2025/library.md': `---
title: Library extends its opening hours
date: 2025-11-07
lang: en
---

The central library of Ostmark will stay open until ten in the evening from next week, its director Clara Hoffmann said on Friday.

"Students asked for it for years," Hoffmann said. The Ostmark City Council approved the money in October.
`,
  'wire/2025/port.html': `<!doctype html><html lang="de"><head><title>Hafen meldet Rekordumschlag</title>
<meta property="article:published_time" content="2025-11-08T08:00:00Z"></head>
<body><article><h1>Hafen meldet Rekordumschlag</h1>
<p>Der Hafen von Nordstadt hat im Oktober so viele Container umgeschlagen wie nie zuvor, teilte die Hafengesellschaft am Montag mit.</p>
<p>Hafenchef Peter Brandt sagte, der neue Kai habe sich bewährt. Im kommenden Jahr sollen zwei weitere Kräne folgen.</p>
</article></body></html>`,
};
const BINARY_KEY = 'uploads/scan.bin';
const DEAD_LETTER = { key: 'news/2025/ferry.txt', error: 'Task timed out after 30.00 seconds' };

const main = async () => {
  if (!existsSync(path.join(CDK_OUT, 'ArticleIngest.template.json')))
    await synthesize(ROOT, CDK_OUT);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'inspector-shots-'));
  const ports = {
    s3Port: await findFreePort(),
    dynamoPort: await findFreePort(),
    controlPort: await findFreePort(),
  };
  const demo = await startDemoStack(
    { cdkOutDir: CDK_OUT, dataDir, inboxDir: path.join(dataDir, 'inbox'), ...ports },
    DEAD_LETTER,
  );
  const browser = await launchChromium();
  try {
    for (const [key, body] of Object.entries(SAMPLES)) await demo.put(key, body);
    await demo.put(BINARY_KEY, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)));
    for (const key of [...Object.keys(SAMPLES), BINARY_KEY]) await demo.recordOf(key);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(demo.stack.info.inspectorEndpoint ?? '');
    await page.locator('#records-rows tr').nth(3).waitFor({ timeout: UI_WAIT_MS });
    await page.screenshot({ path: path.join(DOCS, 'inspector-list.png') });
    await page.getByText('Lindenfeld opens its new river bridge').click();
    await page.locator('#article-text mark').first().waitFor({ timeout: UI_WAIT_MS });
    await page.screenshot({ path: path.join(DOCS, 'inspector-article.png'), fullPage: true });
    await page.locator('nav [data-tab="dead-letters"]').click();
    await page.locator('#dead-letter-rows tr').first().waitFor({ timeout: UI_WAIT_MS });
    await page.screenshot({ path: path.join(DOCS, 'inspector-dead-letters.png') });
    console.log('wrote docs/inspector-list.png, inspector-article.png, inspector-dead-letters.png');
  } finally {
    await browser.close();
    await demo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
