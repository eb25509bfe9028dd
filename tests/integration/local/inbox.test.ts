import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import { type Inbox, startInbox } from '#local/inbox/inbox-watcher.ts';

const BUCKET = 'test-articles';
const client = s3rverClient(inject('s3Endpoint'), 'us-east-1');

const inboxes: Inbox[] = [];
afterEach(async () => {
  await Promise.all(inboxes.splice(0).map((inbox) => inbox.stop()));
});

/** An inbox that uploads to the test bucket, and the keys it reported. */
const openInbox = (stableMs?: number) => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'inbox-')), 'inbox');
  const uploaded: string[] = [];
  inboxes.push(
    startInbox({
      dir,
      upload: async (key, file) => {
        await client.send(
          new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: await readFile(file) }),
        );
      },
      onUploaded: (key) => uploaded.push(key),
      ...(stableMs ? { stableMs } : {}),
    }),
  );
  return { dir, uploaded };
};

const until = async (check: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

const objectText = async (key: string) => {
  const { Body } = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Body?.transformToString();
};

describe('the inbox', () => {
  it('creates the folder, uploads a dropped file under its relative path and removes it', async () => {
    const { dir, uploaded } = openInbox();
    const folder = `drop-${randomUUID()}`;
    mkdirSync(path.join(dir, folder, 'deep'), { recursive: true });
    const file = path.join(dir, folder, 'deep', 'a story é.txt');

    writeFileSync(file, 'the story');
    await until(() => uploaded.length === 1);

    const key = `${folder}/deep/a story é.txt`;
    expect(uploaded).toEqual([key]);
    expect(await objectText(key)).toBe('the story');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.join(dir, folder))).toBe(false);
    expect(existsSync(dir)).toBe(true);
  });

  it('waits until a file stops growing before uploading it', async () => {
    // A generous stability window, so a busy machine cannot make the gaps look like a pause.
    const { dir, uploaded } = openInbox(1_000);
    const name = `growing-${randomUUID()}.txt`;
    const file = path.join(dir, name);

    writeFileSync(file, 'part one;');
    for (const part of ['two;', 'three;']) {
      await new Promise((r) => setTimeout(r, 150));
      appendFileSync(file, part);
    }
    await until(() => uploaded.length === 1);

    expect(await objectText(name)).toBe('part one;two;three;');
  });

  it('ignores hidden files (editor and copy-tool temporaries)', async () => {
    const { dir, uploaded } = openInbox();
    const hidden = path.join(dir, '.partial.txt');
    writeFileSync(hidden, 'x');
    writeFileSync(path.join(dir, `visible-${randomUUID()}.txt`), 'y');

    await until(() => uploaded.length === 1);

    expect(existsSync(hidden)).toBe(true);
  });
});
