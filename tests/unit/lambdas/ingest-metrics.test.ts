import { describe, expect, it } from 'vitest';
import { emfDocument, MAX_VALUES_PER_METRIC } from '#lambdas/ingest/emf.ts';
import {
  countsOf,
  INGEST_METRIC,
  InvocationMetrics,
  METRICS_NAMESPACE,
} from '#lambdas/ingest/ingest-metrics.ts';
import type { IngestOutcome } from '#shared/pipeline/ingest-object.ts';

const outcome = (facts: Partial<IngestOutcome>): IngestOutcome => ({
  bucket: 'articles',
  key: 'news/tram.txt',
  change: 'created',
  outcome: 'written',
  ...facts,
});

const NO_COUNTS = { ingested: 0, rejected: 0, duplicates: 0, updates: 0, removals: 0, bytes: 0 };

describe('countsOf', () => {
  it('counts a new article as ingested, with the bytes read', () => {
    expect(countsOf(outcome({ status: 'ingested', bytes: 812 }))).toEqual({
      ...NO_COUNTS,
      ingested: 1,
      bytes: 812,
    });
  });

  it('counts a new version of an article as ingested and as an update', () => {
    expect(countsOf(outcome({ status: 'ingested', replaced: true }))).toMatchObject({
      ingested: 1,
      updates: 1,
    });
  });

  it('counts an exact or near copy as ingested and as a duplicate', () => {
    for (const copy of ['exact', 'near'] as const) {
      expect(countsOf(outcome({ status: 'ingested', copy }))).toMatchObject({
        ingested: 1,
        duplicates: 1,
      });
    }
  });

  it('counts a rejection and a removal', () => {
    expect(countsOf(outcome({ status: 'rejected', reason: 'binary' })).rejected).toBe(1);
    expect(countsOf(outcome({ change: 'removed', status: 'removed' })).removals).toBe(1);
  });

  it('counts the written items and retired tombstones of a file of several articles', () => {
    const file = outcome({ status: 'container', items: { written: 3, stale: 1, retired: 2 } });

    expect(countsOf(file)).toMatchObject({ ingested: 3, removals: 2 });
  });

  it('counts nothing for a redelivered event that wrote no record, except the bytes read', () => {
    const stale = outcome({ outcome: 'stale', status: 'ingested', replaced: true, bytes: 90 });

    expect(countsOf(stale)).toEqual({ ...NO_COUNTS, bytes: 90 });
    expect(countsOf(outcome({ outcome: 'skipped', skipReason: 'gone' }))).toEqual(NO_COUNTS);
  });
});

describe('InvocationMetrics', () => {
  const documentsOf = (metrics: InvocationMetrics) =>
    metrics.lines(1_762_334_043_000).map(emfDocument);

  it('prints nothing for an invocation that processed no object', () => {
    expect(documentsOf(new InvocationMetrics())).toEqual([]);
  });

  it('sums the objects into one line of totals, with durations as value lists', () => {
    const metrics = new InvocationMetrics();
    metrics.add(outcome({ status: 'ingested', bytes: 100, extractionMs: 12 }), 1_500);
    metrics.add(outcome({ status: 'ingested', copy: 'exact', bytes: 50, extractionMs: 4 }), 900);
    metrics.add(outcome({ outcome: 'stale', status: 'ingested', extractionMs: 3 }), 700);

    const [totals, ...rest] = documentsOf(metrics);

    expect(rest).toEqual([]);
    expect(totals).toMatchObject({
      service: 'ingest',
      [INGEST_METRIC.ingested]: 2,
      [INGEST_METRIC.duplicates]: 1,
      [INGEST_METRIC.rejected]: 0,
      [INGEST_METRIC.bytes]: 150,
      [INGEST_METRIC.extractionMs]: [12, 4, 3],
      // Lag is measured to a write: the stale redelivery wrote nothing.
      [INGEST_METRIC.lagMs]: [1_500, 900],
    });
  });

  it('adds one line per rejection reason under a reason dimension', () => {
    const metrics = new InvocationMetrics();
    metrics.add(outcome({ status: 'rejected', reason: 'binary' }));
    metrics.add(outcome({ status: 'rejected', reason: 'binary' }));
    metrics.add(outcome({ status: 'rejected', reason: 'empty' }));

    const [, ...byReason] = documentsOf(metrics);

    expect(byReason).toEqual([
      expect.objectContaining({ service: 'ingest', reason: 'binary', Rejected: 2 }),
      expect.objectContaining({ service: 'ingest', reason: 'empty', Rejected: 1 }),
    ]);
    expect(byReason[0]?._aws).toMatchObject({
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['service', 'reason']],
          Metrics: [{ Name: 'Rejected', Unit: 'Count' }],
        },
      ],
    });
  });

  it('splits a large batch so no line carries more values of a metric than EMF allows', () => {
    const metrics = new InvocationMetrics();
    const objects = MAX_VALUES_PER_METRIC + 5;
    for (let i = 0; i < objects; i++) {
      metrics.add(outcome({ status: 'ingested', extractionMs: i }), i);
    }

    const lines = documentsOf(metrics);
    const extraction = lines.flatMap((line) => line[INGEST_METRIC.extractionMs] as number[]);

    expect(lines).toHaveLength(2);
    expect(extraction).toHaveLength(objects);
    // The counts go out once, with the first line: the second holds only the overflow.
    expect(lines[1]).not.toHaveProperty(INGEST_METRIC.ingested);
    expect(lines[0]?.[INGEST_METRIC.ingested]).toBe(objects);
  });
});

describe('emfDocument', () => {
  it('declares each metric with its unit under the namespace and the dimension names', () => {
    const document = emfDocument({
      namespace: 'Test',
      dimensions: { service: 'ingest' },
      metrics: [{ name: 'Bytes', unit: 'Bytes', values: [10] }],
      timestamp: 5,
    });

    expect(document).toEqual({
      _aws: {
        Timestamp: 5,
        CloudWatchMetrics: [
          {
            Namespace: 'Test',
            Dimensions: [['service']],
            Metrics: [{ Name: 'Bytes', Unit: 'Bytes' }],
          },
        ],
      },
      service: 'ingest',
      Bytes: 10,
    });
  });
});
