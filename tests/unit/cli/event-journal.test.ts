import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventLine, followJournal, readJournal } from '#local/cli/event-journal.ts';

const delivered = (detailType: string, detail: Record<string, unknown>) =>
  JSON.stringify({ time: '2026-03-01T10:00:00.000Z', 'detail-type': detailType, detail });

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'event-journal-'));
  file = path.join(dir, 'events.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readJournal', () => {
  it('returns complete lines and leaves a line still being written for the next read', () => {
    writeFileSync(file, `${delivered('ArticleIngested', { key: 'a' })}\n{"time":`);

    const first = readJournal(file, 0);
    appendFileSync(file, '"later"}\n');
    const second = readJournal(file, first.offset);

    expect(first.lines).toHaveLength(1);
    expect(second.lines).toEqual(['{"time":"later"}']);
  });

  it('reads nothing from a journal that does not exist yet', () => {
    expect(readJournal(file, 0)).toEqual({ lines: [], offset: 0 });
  });
});

describe('followJournal', () => {
  it('prints events appended after it started, until aborted', async () => {
    writeFileSync(file, `${delivered('ArticleIngested', { key: 'old' })}\n`);
    const seen: string[] = [];
    const stop = new AbortController();
    const following = followJournal(
      file,
      readJournal(file, 0).offset,
      (line) => {
        seen.push(line);
        stop.abort();
      },
      stop.signal,
    );

    appendFileSync(file, `${delivered('ArticleRemoved', { key: 'new' })}\n`);
    await following;

    expect(seen.map((line) => JSON.parse(line).detail.key)).toEqual(['new']);
  });
});

describe('eventLine', () => {
  it('shows time, detail-type, key and the facts the event carries, control characters escaped', () => {
    const line = eventLine(
      delivered('ArticleUpdated', {
        key: 'news/\u001b[31mred.txt',
        status: 'ingested',
        language: 'en',
        changedFields: ['title', 'body'],
      }),
    );

    expect(line).toBe(
      '2026-03-01T10:00:00.000Z  ArticleUpdated  news/\\x1b[31mred.txt  status=ingested  language=en  changed=title,body',
    );
  });

  it('says so for a line that is not JSON', () => {
    expect(eventLine('{torn')).toMatch(/^unreadable journal line/);
  });
});
