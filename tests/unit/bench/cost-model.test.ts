import { describe, expect, it } from 'vitest';
import { parseCostArgs } from '#bench/cost/args.ts';
import { batchMakespanMs, type Step } from '#bench/cost/batch-duration.ts';
import {
  type ArticleProfile,
  costPerMillion,
  cpuStretch,
  durationMsPerArticle,
  durationMsPerInvocation,
  sequentialRounds,
} from '#bench/cost/cost-model.ts';
import { DEFAULT_PARAMETERS } from '#bench/cost/parameters.ts';
import { PRICES } from '#bench/cost/prices.ts';
import {
  formatAmount,
  renderConfigurationMatrix,
  renderCostTable,
  renderMatrixVerdict,
  renderVerdict,
} from '#bench/cost/render.ts';
import { medianBand } from '#bench/cost/samples.ts';

const profile: ArticleProfile = {
  name: 'test article',
  samples: 1,
  inputBytes: 3000,
  cpuMs: 10,
  logBytes: 1000,
  requests: { s3Get: 1, s3Put: 0, dynamoGet: 1, dynamoQuery: 1, dynamoPut: 1, dynamoUpdate: 0 },
  dynamoRounds: 3,
  writeUnits: 4,
  tableWriteUnits: 3,
  itemBytes: 3000,
};
const init = { importCpuMs: 300, firstDetectionMs: 200, source: 'test' };
const platform = { bytesPerInvocation: 400 };
const params = { ...DEFAULT_PARAMETERS, memoryMb: 1769, s3GetMs: 20, dynamoRequestMs: 5 };
/** The same, one message at a time: duration is then each message's own, back to back. */
const serial = { ...params, messageConcurrency: 1 };

const line = (summary: ReturnType<typeof costPerMillion>, name: string) => {
  const found = summary.lines.find((l) => l.line.startsWith(name));
  if (!found) throw new Error(`no line ${name}`);
  return found;
};

describe('costPerMillion', () => {
  const summary = costPerMillion(profile, init, platform, params, PRICES);

  it('bills CPU at the memory share of a core plus the waits on each request', () => {
    expect(cpuStretch(1769)).toBe(1);
    expect(cpuStretch(884.5)).toBe(2);
    expect(cpuStretch(3538)).toBe(1);
    // 10 ms CPU + 1 S3 request at 20 ms + 3 DynamoDB requests at 5 ms.
    expect(durationMsPerArticle(profile, serial)).toBe(45);
    const alone = costPerMillion(profile, init, platform, serial, PRICES);
    expect(line(alone, 'Lambda duration').units).toBeCloseTo((1e6 * 0.045 * 1769) / 1024, 6);
  });

  it('waits once per round of concurrent DynamoDB requests, not once per request', () => {
    expect(sequentialRounds(0, 6)).toBe(0);
    expect(sequentialRounds(4, 6)).toBe(1);
    expect(sequentialRounds(6, 6)).toBe(1);
    expect(sequentialRounds(68, 6)).toBe(12);
    // get, hash query, put alone (3 rounds) + 68 band queries 6 at a time (12 rounds).
    const probing = {
      ...profile,
      requests: { ...profile.requests, dynamoQuery: 69 },
      dynamoRounds: 3 + sequentialRounds(68, 6),
    };
    const probed = costPerMillion(probing, init, platform, params, PRICES);

    expect(durationMsPerArticle(probing, serial)).toBe(10 + 20 + 15 * 5);
    expect(line(probed, 'DynamoDB reads').units).toBe(1e6 * (1 + 69 * 0.5));
  });

  it('prices each line from its units, with requests per batch and per article', () => {
    expect(line(summary, 'Lambda requests').units).toBe(100_000);
    expect(line(summary, 'SQS').units).toBe(1_200_000);
    expect(line(summary, 'DynamoDB writes, table item').dollars).toBeCloseTo(3 * 0.625, 9);
    expect(line(summary, 'DynamoDB writes, index items').dollars).toBeCloseTo(1 * 0.625, 9);
    expect(line(summary, 'DynamoDB reads').units).toBe(1_500_000);
    expect(line(summary, 'S3 GET').dollars).toBeCloseTo(0.4, 9);
    // 1 KB per article and 400 bytes per invocation of ten.
    expect(line(summary, 'CloudWatch Logs').units).toBeCloseTo((1e9 + 1e5 * 400) / 1e9, 9);
    // 1,000 invocations cold, each 300 ms CPU + 200 ms detection at 1769 MB.
    expect(line(summary, 'Lambda init').units).toBeCloseTo((1000 * 0.5 * 1769) / 1024, 6);
  });

  it("totals the counted lines, leaves the uploader's PUT out and names the largest line", () => {
    const counted = summary.lines.filter((l) => !l.excluded);
    expect(summary.total).toBeCloseTo(
      counted.reduce((sum, l) => sum + l.dollars, 0),
      12,
    );
    expect(line(summary, "uploader's S3 PUT").excluded).toBe(true);
    expect(summary.dominant.line).toBe('DynamoDB writes, table item');
  });

  it('costs more when every invocation starts cold', () => {
    const cold = costPerMillion(
      profile,
      init,
      platform,
      { ...params, invocationsPerColdStart: 1 },
      PRICES,
    );
    expect(line(cold, 'Lambda init').dollars).toBeCloseTo(
      100 * line(summary, 'Lambda init').dollars,
      9,
    );
  });
});

describe('one invocation over a batch, messages in flight together', () => {
  // The test profile's message at 1769 MB: S3 GET 20 ms, CPU 10 ms, 3 DynamoDB rounds of 5 ms.
  const steps: Step[] = [
    { kind: 'wait', ms: 20 },
    { kind: 'cpu', ms: 10 },
    { kind: 'wait', ms: 15 },
  ];

  it('runs messages back to back at one at a time', () => {
    expect(batchMakespanMs(10, 1, steps)).toBe(450);
    expect(batchMakespanMs(0, 4, steps)).toBe(0);
  });

  it('overlaps the waits but queues the CPU: one core is shared', () => {
    // All ten wait on S3 together (20 ms), compute one after another (100 ms), the
    // last then waits its 15 ms on DynamoDB.
    expect(batchMakespanMs(10, 10, steps)).toBe(135);
    // Two at a time: m0 and m1 compute 20-30 and 30-40 and end at 45 and 55; m2 starts
    // at 45 and computes 65-75, m3 starts at 55 and computes 75-85, ending at 100.
    expect(batchMakespanMs(4, 2, steps)).toBe(100);
  });

  it('is never shorter than the CPU alone, nor longer than one at a time', () => {
    const cpuBound: Step[] = [
      { kind: 'wait', ms: 1 },
      { kind: 'cpu', ms: 50 },
      { kind: 'wait', ms: 1 },
    ];
    for (const concurrency of [1, 2, 4, 10]) {
      const span = batchMakespanMs(10, concurrency, cpuBound);
      expect(span).toBeGreaterThanOrEqual(500);
      expect(span).toBeLessThanOrEqual(520);
    }
  });

  it('bills an invocation what its batch takes, and each article its share', () => {
    expect(durationMsPerInvocation(profile, serial)).toBe(450);
    expect(durationMsPerInvocation(profile, { ...params, messageConcurrency: 10 })).toBe(135);
    // Four at a time (the stack's default) sits between the two.
    const four = durationMsPerArticle(profile, { ...params, messageConcurrency: 4 });
    expect(four).toBeGreaterThan(13.5);
    expect(four).toBeLessThan(45);
    const overlapped = costPerMillion(
      profile,
      init,
      platform,
      { ...params, messageConcurrency: 10 },
      PRICES,
    );
    expect(line(overlapped, 'Lambda duration').units).toBeCloseTo((1e6 * 0.0135 * 1769) / 1024, 6);
  });
});

describe('provisioned capacity', () => {
  const provisioned = { ...params, capacity: 'provisioned' as const, utilisation: 0.5 };
  const summary = costPerMillion(profile, init, platform, provisioned, PRICES);

  it('bills the unit-seconds the consumed units need at the utilisation, by the unit-hour', () => {
    // 3 WRU per article, a million articles, half the provisioned units in use.
    const item = line(summary, 'DynamoDB writes, table item');
    expect(item.units).toBe(6e6);
    expect(item.dollars).toBeCloseTo((6e6 * 0.00065) / 3600, 9);
    expect(line(summary, 'DynamoDB reads').dollars).toBeCloseTo((3e6 * 0.00013) / 3600, 9);
  });

  it('is cheaper than on demand at the scaling target, and only DynamoDB lines change', () => {
    const onDemand = costPerMillion(profile, init, platform, params, PRICES);
    const atTarget = costPerMillion(
      profile,
      init,
      platform,
      { ...provisioned, utilisation: 0.7 },
      PRICES,
    );

    expect(atTarget.total).toBeLessThan(onDemand.total);
    for (const l of onDemand.lines.filter((l) => !/^DynamoDB (writes|reads)/.test(l.line)))
      expect(line(atTarget, l.line).dollars).toBe(l.dollars);
  });

  it('reads --capacity and --utilisation from the command line', () => {
    const options = parseCostArgs(['--capacity', 'provisioned', '--utilisation', '50'], '/');
    expect([options.params.capacity, options.params.utilisation]).toEqual(['provisioned', 0.5]);
    expect(parseCostArgs([], '/').params).toMatchObject({
      capacity: 'on-demand',
      utilisation: 0.7,
    });
    expect(() => parseCostArgs(['--utilisation', '120'], '/')).toThrow(/up to 100/);
    expect(() => parseCostArgs(['--capacity', 'reserved'], '/')).toThrow();
  });
});

describe('the cost report', () => {
  it('formats amounts of any size with about three significant digits', () => {
    expect(formatAmount(0)).toBe('0');
    expect(formatAmount(0.0012345)).toBe('0.00123');
    expect(formatAmount(2.5)).toBe('2.50');
    expect(formatAmount(1_200_000)).toBe('1,200,000');
  });

  it('shows every line with its share, and the verdict against the goal', () => {
    const summary = costPerMillion(profile, init, platform, params, PRICES);
    const table = renderCostTable(profile, summary);

    expect(table).toContain('DynamoDB writes, index items');
    expect(table).toContain('(not counted)');
    expect(table.split('\n').at(-1)).toContain(formatAmount(summary.total));
    expect(renderVerdict(profile, summary, 100)).toContain('within');
    expect(renderVerdict(profile, summary, 0.01)).toContain('over');
  });
});

describe('the configuration matrix', () => {
  it('names the configurations under the goal and those over it', () => {
    const cheap = costPerMillion(profile, init, platform, params, PRICES);
    const dear = costPerMillion({ ...profile, writeUnits: 40 }, init, platform, params, PRICES);
    const configurations = [
      { capacity: 'provisioned' as const, probes: 'off' as const, seed: cheap, median: cheap },
      { capacity: 'on-demand' as const, probes: 'exact' as const, seed: dear, median: dear },
    ];
    const goal = (cheap.total + dear.total) / 2;
    const [under, over] = renderMatrixVerdict(configurations, goal).split('\n');

    expect(under).toContain("provisioned, probes 'off'");
    // Only a provisioned configuration depends on its utilisation: its floor is named.
    expect(renderMatrixVerdict(configurations, goal, 0.7)).toMatch(/down to \d+% use/);
    expect(under).not.toContain('on-demand');
    expect(over).toContain("on-demand, probes 'exact'");
    expect(renderConfigurationMatrix(configurations, 0.7, goal)).toMatch(/provisioned +off .* yes/);
  });
});

describe('medianBand', () => {
  it('takes the items around the median size', () => {
    expect(medianBand([9, 1, 5, 3, 7, 2, 8], (n) => n, 3)).toEqual([3, 5, 7]);
    expect(medianBand([4, 1], (n) => n, 5)).toEqual([1, 4]);
  });
});
