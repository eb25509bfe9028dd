import { describe, expect, it, vi } from 'vitest';
import { isSkippedPath } from '#local/cli/watch-files.ts';
import { runCliWith } from './run-cli.ts';

describe('what watch leaves alone', () => {
  it.each([
    '.DS_Store',
    'drafts/.hidden/story.md',
    'story.html.part',
    'report.pdf.crdownload',
    'notes.md~',
    '.story.md.swp',
    'story.md.tmp',
    '#story.md#',
  ])('skips %s (hidden, or still being written)', (path) => {
    expect(isSkippedPath(path)).toBe(true);
  });

  it.each(['story.md', 'news/2026/03/bridge.html', 'archive.tar.gz', 'partial-eclipse.md'])(
    'takes %s',
    (path) => {
      expect(isSkippedPath(path)).toBe(false);
    },
  );
});

describe('the watch and reprocess command lines', () => {
  const connect = vi.fn(async () => {
    throw new Error('must not connect');
  });

  it.each([
    [['watch'], "'watch' needs exactly one folder."],
    [['watch', 'a', 'b'], "'watch' needs exactly one folder."],
    [['watch', '/no/such/folder'], "'/no/such/folder' is not a folder."],
    [['reprocess', '--older-than', 'latest'], '--older-than wants an extractor version'],
    [['reprocess', 'extra'], 'reprocess'],
  ])('%j is a usage error before the stack is touched', async (argv, sentence) => {
    // Act
    const { code, err } = await runCliWith({ connect }, ...argv);

    // Assert
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(sentence);
    expect(connect).not.toHaveBeenCalled();
  });
});
