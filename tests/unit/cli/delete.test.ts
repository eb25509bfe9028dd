import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StackClients } from '#local/cli/stack.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';
import { runCliWith } from './run-cli.ts';

const BUCKET = 'articles';
const USAGE_HINT = ' Run `article-ingest help` for usage.';

/** A bucket holding `keys`: lists, heads and deletes them, and remembers the deletes. */
const fakeBucket = (keys: string[]) => {
  const deleted: string[] = [];
  vi.spyOn(S3Client.prototype, 'send').mockImplementation(async (command: unknown) => {
    if (command instanceof ListObjectsV2Command) {
      const prefix = command.input.Prefix ?? '';
      return { Contents: keys.filter((key) => key.startsWith(prefix)).map((Key) => ({ Key })) };
    }
    if (command instanceof DeleteObjectCommand) deleted.push(command.input.Key ?? '');
    if (command instanceof HeadObjectCommand && !keys.includes(command.input.Key ?? ''))
      throw new Error(`unexpected head of ${command.input.Key}`);
    return {};
  });
  return deleted;
};

const connect = vi.fn(
  async (): Promise<StackClients> => ({
    info: { articlesBucket: BUCKET } as StackInfo,
    s3: new S3Client({ region: 'us-east-1' }),
    db: undefined as unknown as StackClients['db'],
  }),
);

afterEach(() => {
  vi.restoreAllMocks();
  connect.mockClear();
});

describe('article-ingest delete', () => {
  it.each([
    [[], "'delete' needs a key, several keys, or --prefix P."],
    [['a.txt', '--prefix', 'news/'], "'delete' takes keys or --prefix, not both."],
    [
      ['--prefix', ''],
      "'delete' needs a --prefix that is not empty or blank (it would name every object).",
    ],
    [
      ['--prefix', '  '],
      "'delete' needs a --prefix that is not empty or blank (it would name every object).",
    ],
    [['a.txt', ' '], "'delete' needs a key that is not empty or blank."],
  ])('exits 2 before touching the stack for %j', async (args, sentence) => {
    const { code, err } = await runCliWith({ connect }, 'delete', ...args);

    expect(code).toBe(2);
    expect(err).toEqual([`${sentence}${USAGE_HINT}`]);
    expect(connect).not.toHaveBeenCalled();
  });

  it('refuses several keys without --yes when there is no terminal to ask (exit 2)', async () => {
    const { code, err } = await runCliWith({ connect }, 'delete', 'a.txt', 'b.txt');

    expect(code).toBe(2);
    expect(err).toEqual([
      `'delete' would act on 2 objects: add --yes to go ahead (there is no terminal to ask).${USAGE_HINT}`,
    ]);
    expect(connect).not.toHaveBeenCalled();
  });

  it('asks at a terminal, naming the keys, and deletes nothing on a no', async () => {
    const deleted = fakeBucket(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    const confirm = vi.fn(async () => false);

    const { code, err } = await runCliWith(
      { connect, confirm },
      'delete',
      'a.txt',
      'b.txt',
      'c.txt',
      'd.txt',
    );

    expect(confirm).toHaveBeenCalledWith("Delete 4 objects: 'a.txt', 'b.txt', 'c.txt' and 1 more?");
    expect(code).toBe(1);
    expect(err).toEqual(['Nothing was done: not confirmed.']);
    expect(deleted).toEqual([]);
  });

  it('deletes several named keys with --yes, without asking', async () => {
    const deleted = fakeBucket(['a.txt', 'b.txt']);
    const confirm = vi.fn(async () => false);

    const { code, out } = await runCliWith({ connect, confirm }, 'delete', 'a.txt', 'b.txt', '-y');

    expect(code).toBe(0);
    expect(confirm).not.toHaveBeenCalled();
    expect(deleted.sort()).toEqual(['a.txt', 'b.txt']);
    expect(out).toMatch(/Deleted 2 objects\.$/);
  });

  it('deletes what a prefix lists, after a yes that counts them', async () => {
    const deleted = fakeBucket(['news/a.txt', 'news/b.txt', 'sport/c.txt']);
    const confirm = vi.fn(async () => true);

    const { code } = await runCliWith({ connect, confirm }, 'delete', '--prefix', 'news/');

    expect(code).toBe(0);
    expect(confirm).toHaveBeenCalledWith('Delete 2 objects under s3://articles/news/?');
    expect(deleted.sort()).toEqual(['news/a.txt', 'news/b.txt']);
  });

  it('says so when a prefix names no object, and deletes nothing', async () => {
    const deleted = fakeBucket(['news/a.txt']);

    const { code, err } = await runCliWith({ connect }, 'delete', '--prefix', 'nothing/', '--yes');

    expect(code).toBe(1);
    expect(err).toEqual(['No objects under s3://articles/nothing/.']);
    expect(deleted).toEqual([]);
  });
});
