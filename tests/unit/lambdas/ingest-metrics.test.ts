import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIngestMetrics, publishReport } from '#lambdas/ingest/emf.ts';
import {
  countsOf,
  INGEST_METRIC,
  InvocationMetrics,
  type InvocationReport,
  METRICS_NAMESPACE,
  type MetricValues,
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
  const valuesOf = (report: InvocationReport | undefined) =>
    Object.fromEntries((report?.totals ?? []).map((m) => [m.name, m.values]));

  it('reports nothing for an invocation that processed no object', () => {
    expect(new InvocationMetrics().report()).toBeUndefined();
  });

  it('sums the objects into totals, with durations as value lists', () => {
    const metrics = new InvocationMetrics();
    metrics.add(outcome({ status: 'ingested', bytes: 100, extractionMs: 12 }), 1_500);
    metrics.add(outcome({ status: 'ingested', copy: 'exact', bytes: 50, extractionMs: 4 }), 900);
    metrics.add(outcome({ outcome: 'stale', status: 'ingested', extractionMs: 3 }), 700);

    const report = metrics.report();

    expect(report?.rejectedByReason).toEqual([]);
    expect(valuesOf(report)).toEqual({
      [INGEST_METRIC.ingested]: [2],
      [INGEST_METRIC.rejected]: [0],
      [INGEST_METRIC.duplicates]: [1],
      [INGEST_METRIC.updates]: [0],
      [INGEST_METRIC.removals]: [0],
      [INGEST_METRIC.bytes]: [150],
      [INGEST_METRIC.extractionMs]: [12, 4, 3],
      // Lag is measured to a write: the stale redelivery wrote nothing.
      [INGEST_METRIC.lagMs]: [1_500, 900],
    });
    expect(report?.totals.find((m) => m.name === INGEST_METRIC.bytes)?.unit).toBe('Bytes');
  });

  it('counts the rejections per reason', () => {
    const metrics = new InvocationMetrics();
    metrics.add(outcome({ status: 'rejected', reason: 'binary' }));
    metrics.add(outcome({ status: 'rejected', reason: 'binary' }));
    metrics.add(outcome({ status: 'rejected', reason: 'empty' }));

    expect(metrics.report()?.rejectedByReason).toEqual([
      { reason: 'binary', count: 2 },
      { reason: 'empty', count: 1 },
    ]);
  });
});

/** Powertools Metrics writes its EMF lines to stdout through its own Console. */
describe('publishReport', () => {
  afterEach(() => vi.restoreAllMocks());

  const printedBy = (report: InvocationReport): Record<string, unknown>[] => {
    const printed: string[] = [];
    const capture = (chunk: unknown) => {
      printed.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    publishReport(createIngestMetrics(), report);
    vi.restoreAllMocks();
    return printed
      .flatMap((chunk) => chunk.split('\n'))
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };
  const count = (name: string, value: number): MetricValues => ({
    name,
    unit: 'Count',
    values: [value],
  });

  it('prints the totals as one EMF line under the namespace and the service dimension', () => {
    const [totals, ...rest] = printedBy({
      totals: [
        count(INGEST_METRIC.ingested, 2),
        { name: INGEST_METRIC.extractionMs, unit: 'Milliseconds', values: [12, 4] },
      ],
      rejectedByReason: [],
    });

    expect(rest).toEqual([]);
    expect(totals).toMatchObject({
      _aws: {
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [
          {
            Namespace: METRICS_NAMESPACE,
            Dimensions: [['service']],
            Metrics: [
              { Name: INGEST_METRIC.ingested, Unit: 'Count' },
              { Name: INGEST_METRIC.extractionMs, Unit: 'Milliseconds' },
            ],
          },
        ],
      },
      service: 'ingest',
      [INGEST_METRIC.ingested]: 2,
      [INGEST_METRIC.extractionMs]: [12, 4],
    });
  });

  it('prints one line per rejection reason, under the service and reason dimensions', () => {
    const [, ...byReason] = printedBy({
      totals: [count(INGEST_METRIC.rejected, 3)],
      rejectedByReason: [
        { reason: 'binary', count: 2 },
        { reason: 'empty', count: 1 },
      ],
    });

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

  it('splits a long value list so no line carries more values of a metric than EMF allows', () => {
    const objects = 105;
    const lines = printedBy({
      totals: [
        count(INGEST_METRIC.ingested, objects),
        {
          name: INGEST_METRIC.extractionMs,
          unit: 'Milliseconds',
          values: Array.from({ length: objects }, (_, i) => i),
        },
      ],
      rejectedByReason: [],
    });
    const extraction = lines.flatMap((line) => line[INGEST_METRIC.extractionMs] as number[]);

    expect(lines).toHaveLength(2);
    expect(extraction).toEqual(Array.from({ length: objects }, (_, i) => i));
    // The counts go out once, with the first line: the second holds only the overflow.
    expect(lines[0]?.[INGEST_METRIC.ingested]).toBe(objects);
    expect(lines[1]).not.toHaveProperty(INGEST_METRIC.ingested);
  });

  it('prints a list of exactly the bound in one line, and no warning of an empty flush', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const lines = printedBy({
      totals: [{ name: INGEST_METRIC.lagMs, unit: 'Milliseconds', values }],
      rejectedByReason: [],
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]?.[INGEST_METRIC.lagMs]).toEqual(values);
  });
});
