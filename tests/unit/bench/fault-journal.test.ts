import { appendFileSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalTail } from '#bench/faults/journal-tail.ts';
import { recordsOfBody } from '#bench/faults/queue-observer.ts';

const put = (messageId: string, body: string) =>
  `${JSON.stringify({ put: { messageId, body, visibleAt: 5 } })}\n`;
const del = (messageId: string) => `${JSON.stringify({ del: messageId })}\n`;
const journalFile = () => join(mkdtempSync(join(tmpdir(), 'fault-journal-')), 'ingest.jsonl');

describe('JournalTail', () => {
  it('keeps the messages put and not deleted, reading only what was appended', () => {
    const file = journalFile();
    const bodies: string[] = [];
    const tail = new JournalTail(file, (body) => bodies.push(body));
    writeFileSync(file, put('m1', 'one') + put('m2', 'two'));
    tail.poll();
    appendFileSync(file, del('m1'));

    const live = tail.poll();

    expect(live).toEqual([{ body: 'two', visibleAt: 5 }]);
    expect(bodies).toEqual(['one', 'two']);
  });

  it('skips a torn last line until the rest of it is written', () => {
    const file = journalFile();
    const tail = new JournalTail(file);
    const line = put('m1', 'one');
    writeFileSync(file, line.slice(0, 10));
    expect(tail.poll()).toEqual([]);
    appendFileSync(file, line.slice(10));

    expect(tail.poll().map((m) => m.body)).toEqual(['one']);
  });

  it('starts over when the queue compacts its journal into a new file', () => {
    const file = journalFile();
    const tail = new JournalTail(file);
    writeFileSync(file, put('m1', 'one') + put('m2', 'two') + del('m2'));
    tail.poll();
    writeFileSync(`${file}.tmp`, put('m1', 'one'));
    renameSync(`${file}.tmp`, file);

    expect(tail.poll().map((m) => m.body)).toEqual(['one']);
  });
});

describe('recordsOfBody', () => {
  it('decodes the key once and drops the quotes around the eTag', () => {
    const body = JSON.stringify({
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          s3: {
            configurationId: 'c',
            object: { key: 'a+b%2B.txt', sequencer: '0A', eTag: '"abc"' },
          },
        },
      ],
    });

    const [record] = recordsOfBody(body);

    expect(record).toMatchObject({
      key: 'a b+.txt',
      sequencer: '0A',
      eTag: 'abc',
      configurationId: 'c',
    });
  });

  it('finds no record in a test event or a body that is not JSON', () => {
    expect(recordsOfBody(JSON.stringify({ Event: 's3:TestEvent' }))).toEqual([]);
    expect(recordsOfBody('not json')).toEqual([]);
  });
});
