import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '#local/cli/cli-error.ts';
import { keyFor, planUploads } from '#local/cli/upload-plan.ts';

describe('keyFor', () => {
  it('uses the bare file name when the file was given directly', () => {
    // Arrange
    const file = join('some', 'dir', 'story.txt');

    // Act
    const key = keyFor(file, '');

    // Assert
    expect(key).toBe('story.txt');
  });

  it('keeps the path relative to the directory it was found under', () => {
    const key = keyFor(join('corpus', 'world', '2025', 'story.md'), '', 'corpus');

    expect(key).toBe('world/2025/story.md');
  });

  it('puts the prefix in front as is', () => {
    expect(keyFor('story.txt', 'incoming/')).toBe('incoming/story.txt');
    expect(keyFor('story.txt', 'draft-')).toBe('draft-story.txt');
  });

  it('keeps spaces, plus signs and non-ASCII letters unencoded', () => {
    const key = keyFor(join('in', 'world news', 'Zürich+Genève café.md'), 'x/', 'in');

    expect(key).toBe('x/world news/Zürich+Genève café.md');
  });
});

describe('planUploads', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cli-plan-'));
    mkdirSync(join(root, 'articles', 'world news', 'deep'), { recursive: true });
    writeFileSync(join(root, 'articles', 'a.txt'), 'a');
    writeFileSync(join(root, 'articles', 'world news', 'Zürich+Genève café.md'), 'b');
    writeFileSync(join(root, 'articles', 'world news', 'deep', 'c.html'), 'c');
    writeFileSync(join(root, 'single.txt'), 'd');
    writeFileSync(join(root, 'articles', '.DS_Store'), 'junk');
    mkdirSync(join(root, 'articles', '.git'));
    writeFileSync(join(root, 'articles', '.git', 'HEAD'), 'ref');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks a directory recursively and keys files by their relative POSIX path, sorted', async () => {
    const uploads = await planUploads([join(root, 'articles')], 'p/');

    expect(uploads.map((upload) => upload.key)).toEqual([
      'p/a.txt',
      'p/world news/Zürich+Genève café.md',
      'p/world news/deep/c.html',
    ]);
  });

  it('skips hidden files and folders inside a directory but not a hidden file given by name', async () => {
    const hidden = join(root, 'articles', '.DS_Store');

    const walked = await planUploads([join(root, 'articles')], '');
    const named = await planUploads([hidden], '');

    expect(walked.map((upload) => upload.key)).not.toContain('.DS_Store');
    expect(walked.some((upload) => upload.key.startsWith('.git/'))).toBe(false);
    expect(named).toEqual([{ file: hidden, key: '.DS_Store' }]);
  });

  it('mixes files and directories in the order given', async () => {
    const uploads = await planUploads(
      [join(root, 'single.txt'), join(root, 'articles', 'world news')],
      '',
    );

    expect(uploads).toEqual([
      { file: join(root, 'single.txt'), key: 'single.txt' },
      {
        file: join(root, 'articles', 'world news', 'Zürich+Genève café.md'),
        key: 'Zürich+Genève café.md',
      },
      { file: join(root, 'articles', 'world news', 'deep', 'c.html'), key: 'deep/c.html' },
    ]);
  });

  it('fails with one sentence naming the path when it does not exist', async () => {
    const missing = join(root, 'nope.txt');

    const attempt = planUploads([missing], '');

    await expect(attempt).rejects.toThrow(CliError);
    await expect(attempt).rejects.toThrow(`Cannot read '${missing}': no such file or directory.`);
  });
});
