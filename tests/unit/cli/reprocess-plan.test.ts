import { describe, expect, it } from 'vitest';
import { compareVersions, planReprocess, reprocessSequencer } from '#local/cli/reprocess-plan.ts';
import { sequencerKey } from '#shared/domain/object-ref.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';

const BUCKET = 'articles';

/** Only what the plan reads of a record; the rest of the schema does not matter here. */
const record = (
  key: string,
  extractorVersion: string,
  extra: { status?: string; item?: { key: string; position: number }; bucket?: string } = {},
): ArticleRecord =>
  ({
    status: extra.status ?? 'ingested',
    extractorVersion,
    sequencerKey: sequencerKey('0062A1B2C3D4E5F601'),
    source: {
      bucket: extra.bucket ?? BUCKET,
      key,
      sequencer: '0062A1B2C3D4E5F601',
      size: 120,
      ...(extra.item && { item: extra.item }),
    },
  }) as ArticleRecord;

describe('choosing what reprocess ingests again', () => {
  it('orders versions part by part as numbers', () => {
    expect(compareVersions('1.9.2', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('2.0.0', '1.99.99')).toBeGreaterThan(0);
  });

  it('picks the file records an older extractor made, under the prefix', () => {
    // Arrange
    const records = [
      record('news/old.html', '1.1.0'),
      record('news/current.html', '1.2.0'),
      record('sport/old.html', '1.0.0'),
      record('news/gone.html', '1.0.0', { status: 'removed' }),
      record('news/feed.xml', '1.0.0', { status: 'container' }),
      record('news/feed.xml', '1.0.0', { item: { key: 'guid-1', position: 1 } }),
      record('news/elsewhere.html', '1.0.0', { bucket: 'other-bucket' }),
    ];

    // Act
    const objects = planReprocess(records, { bucket: BUCKET, prefix: 'news/', olderThan: '1.2.0' });

    // Assert
    expect(objects.map((object) => object.key)).toEqual(['news/feed.xml', 'news/old.html']);
    expect(objects[1]).toMatchObject({ size: 120 });
  });

  it('sends a sequencer that replaces the stored record and loses to any later event', () => {
    // Arrange
    const stored = sequencerKey('0062A1B2C3D4E5F601');
    const later = sequencerKey('0062A1B2C3D4E5F602');

    // Act
    const sent = sequencerKey(reprocessSequencer(stored));
    const again = sequencerKey(reprocessSequencer(sent));

    // Assert
    expect(sent > stored).toBe(true);
    expect(sent < later).toBe(true);
    expect(again > sent && again < later).toBe(true);
  });
});
