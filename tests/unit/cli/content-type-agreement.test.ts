import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StackClients } from '#local/cli/stack.ts';
import { startArticlesInbox } from '#local/inbox/articles-inbox.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';
import { runCli } from './run-cli.ts';

const BUCKET = 'articles';
const TITLE = 'Новый мост через реку открыт';

/** Cyrillic in windows-1251: А..я are 0xC0..0xFF, like Latin-1's own upper half. */
const windows1251 = (text: string): Buffer =>
  Buffer.from(
    Array.from(text, (char) => {
      const code = char.charCodeAt(0);
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    }),
  );

/** A page that is not UTF-8 and says so itself, as most older Russian sites do. */
const LEGACY_PAGE = windows1251(`<!doctype html>
<html><head><meta charset="windows-1251"><title>${TITLE}</title></head>
<body><article><h1>${TITLE}</h1>
<p>Мост через реку снова открыт для машин и пешеходов после двух лет ремонта.</p>
<p>Городские власти сообщили, что движение по мосту будет открыто круглосуточно.</p>
</article></body></html>
`);

const FILES: Record<string, Buffer | string> = {
  'legacy.html': LEGACY_PAGE,
  'story.md': '# Night trains\n\nThey run again.\n',
  'notes.txt': 'Plain words.\n',
  'data.bin': Buffer.from([0, 1, 2, 3]),
};

/** The Content-Type of every PutObject sent through any S3Client, by key. */
const spyOnUploads = () => {
  const types = new Map<string, string | undefined>();
  vi.spyOn(S3Client.prototype, 'send').mockImplementation(async (command: unknown) => {
    if (command instanceof PutObjectCommand) {
      types.set(command.input.Key ?? '', command.input.ContentType);
    }
    return {};
  });
  return types;
};

const fakeStack = (): StackClients => ({
  info: { articlesBucket: BUCKET } as StackInfo,
  s3: new S3Client({ region: 'us-east-1' }),
  db: undefined as unknown as StackClients['db'],
});

describe('the content type of an uploaded file', { timeout: 30_000 }, () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'content-type-'));
    mkdirSync(join(dir, 'files'));
    for (const [name, body] of Object.entries(FILES)) writeFileSync(join(dir, 'files', name), body);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the same for put, the inbox and extract, and never invents a charset', async () => {
    // Arrange
    const uploads = spyOnUploads();
    const { main } = await import('#local/cli/main.ts');
    const print = () => {};

    // Act: put
    const putCode = await main(['put', join(dir, 'files')], {
      connect: async () => fakeStack(),
      print,
      printError: print,
    });
    const byPut = new Map(uploads);
    uploads.clear();
    // Act: the inbox (the files dropped in it)
    const inboxDir = join(dir, 'inbox');
    const inbox = startArticlesInbox({
      dir: inboxDir,
      s3Endpoint: 'http://127.0.0.1:1',
      region: 'us-east-1',
      bucket: BUCKET,
      log: print,
    });
    for (const [name, body] of Object.entries(FILES)) writeFileSync(join(inboxDir, name), body);
    await vi.waitFor(() => expect(uploads.size).toBe(Object.keys(FILES).length), {
      timeout: 10_000,
    });
    await inbox.stop();
    // Act: extract
    const extracted = await runCli('extract', join(dir, 'files'));
    const records = JSON.parse(extracted.out) as {
      source: { key: string; contentType?: string };
    }[];
    const byExtract = new Map(records.map((r) => [r.source.key, r.source.contentType]));

    // Assert
    expect(putCode).toBe(0);
    expect(Object.fromEntries(byPut)).toEqual({
      'legacy.html': 'text/html',
      'story.md': 'text/markdown',
      'notes.txt': 'text/plain',
      'data.bin': 'application/octet-stream',
    });
    expect(Object.fromEntries(uploads)).toEqual(Object.fromEntries(byPut));
    expect(Object.fromEntries(byExtract)).toEqual(Object.fromEntries(byPut));
  });

  it('lets a page that is not UTF-8 be decoded by its own declaration', async () => {
    const { code, out } = await runCli('extract', join(dir, 'files', 'legacy.html'));

    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ status: 'ingested', title: TITLE });
  });
});
