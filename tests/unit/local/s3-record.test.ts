import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchingNotifications } from '#local/s3-events/notification-filter.ts';
import { buildS3Record } from '#local/s3-events/s3-record.ts';
import { openSequencer } from '#local/s3-events/sequencer.ts';
import type { NotificationWiring } from '#local/template/wiring.ts';

const notification = (over: Partial<NotificationWiring>): NotificationWiring => ({
  id: 'n1',
  bucket: 'articles',
  queueLogicalId: 'Q',
  events: ['s3:ObjectCreated:*'],
  filter: {},
  ...over,
});

describe('buildS3Record', () => {
  it('builds the record S3 sends, with the key URL-encoded and a real bucket ARN', () => {
    const record = buildS3Record(
      {
        eventName: 'ObjectCreated:Put',
        bucket: 'articles',
        key: 'news/a b+c é.txt',
        size: 12,
        eTag: 'abc',
        sequencer: '0000018F00AA',
        eventTime: new Date('2025-11-05T10:00:00Z'),
      },
      'config-1',
      'eu-west-1',
    );

    expect(record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2025-11-05T10:00:00.000Z',
      eventName: 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'config-1',
        bucket: { name: 'articles', arn: 'arn:aws:s3:::articles' },
        object: {
          key: 'news/a+b%2Bc+%C3%A9.txt',
          size: 12,
          eTag: 'abc',
          sequencer: '0000018F00AA',
        },
      },
    });
  });

  it('leaves size and eTag out of a removal', () => {
    const record = buildS3Record(
      {
        eventName: 'ObjectRemoved:Delete',
        bucket: 'b',
        key: 'k',
        sequencer: '01',
        eventTime: new Date(0),
      },
      'c',
      'us-east-1',
    );

    expect(record.s3.object).toEqual({ key: 'k', sequencer: '01' });
  });
});

describe('matchingNotifications', () => {
  it('matches wildcard and exact event types', () => {
    const configs = [
      notification({ id: 'created', events: ['s3:ObjectCreated:*'] }),
      notification({ id: 'delete', events: ['s3:ObjectRemoved:Delete'] }),
    ];

    const ids = (eventName: string) =>
      matchingNotifications(configs, 'articles', 'k', eventName).map((n) => n.id);

    expect(ids('ObjectCreated:CompleteMultipartUpload')).toEqual(['created']);
    expect(ids('ObjectRemoved:Delete')).toEqual(['delete']);
    expect(ids('ObjectRemoved:DeleteMarkerCreated')).toEqual([]);
  });

  it('applies prefix and suffix filters to the decoded key and ignores other buckets', () => {
    const configs = [notification({ filter: { prefix: 'in/', suffix: '.txt' } })];

    const match = (bucket: string, key: string) =>
      matchingNotifications(configs, bucket, key, 'ObjectCreated:Put').length;

    expect(match('articles', 'in/a b.txt')).toBe(1);
    expect(match('articles', 'out/a.txt')).toBe(0);
    expect(match('articles', 'in/a.md')).toBe(0);
    expect(match('other', 'in/a.txt')).toBe(0);
  });
});

describe('openSequencer', () => {
  it('issues strictly increasing hex sequencers, also after a restart', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'seq-')), 'sequencer');
    const first = openSequencer(file);
    const before = [first.next(), first.next(), first.next()];

    const after = openSequencer(file).next();

    const all = [...before, after];
    expect(all.every((s) => /^[0-9A-F]{18}$/.test(s))).toBe(true);
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
  });
});
