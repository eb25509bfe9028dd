import { describe, expect, it } from 'vitest';
import { markdownTable } from '#bench/reliability/markdown.ts';
import { describeLimits, describeReasons } from '#bench/reliability/reasons.ts';
import { type ReliabilityInput, renderReliability } from '#bench/reliability/render.ts';
import { formatOutcomes } from '#bench/reliability/rows.ts';
import type { FaultReport, FuzzReport } from '#bench/reliability/schema.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { RejectReason } from '#shared/domain/record.ts';

const MACHINE = { cores: 2, node: '20.20.2' };

const FUZZ: FuzzReport = {
  generatedAt: '2026-12-03T10:00:00.000Z',
  machine: MACHINE,
  seed: 1,
  count: 50,
  limits: { functionMemoryMb: 1024, heapMb: 1008, timeoutMs: 12_000 },
  families: [
    {
      family: 'zip',
      inputs: 101,
      outcomes: { container: 80, 'rejected:bomb': 1, ingested: 20 },
      worstMs: 2950.4,
      worstInput: 'hostile/zip-bomb',
      peakRssMb: 301.6,
      peakInput: 'hostile/zip-bomb',
      failures: 0,
    },
  ],
  hostile: [
    {
      name: 'hostile/zip-bomb',
      family: 'zip',
      bytes: 102457,
      outcome: 'rejected:bomb',
      expected: ['rejected:bomb', 'rejected:too-large'],
      ms: 2950.4,
      cpuMs: 1400.2,
      peakRssMb: 301.6,
      passed: true,
    },
    {
      name: 'hostile/rss-xxe',
      family: 'rss',
      bytes: 358,
      outcome: 'container',
      ms: 5.5,
      peakRssMb: 190,
      passed: true,
    },
  ],
  failures: [],
};

const FAULTS: FaultReport = {
  generatedAt: '2026-12-03T11:00:00.000Z',
  machine: MACHINE,
  scenarios: [
    {
      name: 'duplicate-delivery',
      description: 'every event delivered twice',
      eventsSent: 200,
      keys: 100,
      expected: 100,
      lost: 0,
      duplicated: 0,
      stale: 0,
      dlq: 0,
      redriven: 0,
      passed: true,
      seconds: 12.34,
    },
  ],
};

const RECORD_SOURCE = `export const RejectReason = z.enum([
  'empty', // zero bytes, or only whitespace
  'binary', // not text in any encoding we read
]);`;

/** Table cells are padded to their column; the assertions read them with single spaces. */
const squash = (markdown: string): string => markdown.replace(/ {2,}/g, ' ');

const input = (overrides: Partial<ReliabilityInput> = {}): ReliabilityInput => ({
  fuzz: FUZZ,
  faults: FAULTS,
  reasons: [{ code: 'bomb', description: 'a container expands past the limits' }],
  limits: [
    {
      name: 'maxObjectBytes',
      variable: 'LIMIT_MAX_OBJECT_BYTES',
      value: 25 * 1024 * 1024,
      reason: 'memory',
    },
  ],
  writtenAt: new Date('2026-12-03T12:00:00Z'),
  ...overrides,
});

describe('renderReliability', () => {
  it('renders the faults table with one row per scenario', () => {
    const markdown = squash(renderReliability(input()));

    expect(markdown).toContain(
      "| scenario | events sent | expected | lost | duplicated | stale | DLQ'd | redriven | passed | s |",
    );
    expect(markdown).toContain(
      '| duplicate-delivery | 200 | 100 | 0 | 0 | 0 | 0 | 0 | yes | 12.3 |',
    );
  });

  it('says the fault suite has not been run when faults.json is missing', () => {
    const markdown = squash(renderReliability(input({ faults: undefined })));

    expect(markdown).toContain('`bench/reliability/faults.json` is missing');
    expect(markdown).not.toContain('| scenario |');
  });

  it('renders the fuzz table with outcomes commonest first, worst time and peak memory', () => {
    const markdown = squash(renderReliability(input()));

    expect(markdown).toContain(
      '| zip | 101 | container 80, ingested 20, rejected:bomb 1 | 2950 | hostile/zip-bomb | 302 | hostile/zip-bomb | 0 |',
    );
    expect(markdown).toContain(
      'No failures: every input became a record or a classified rejection.',
    );
  });

  it('lists the hostile catalogue with each outcome and the outcomes it allows', () => {
    const markdown = squash(renderReliability(input()));

    expect(markdown).toContain(
      '| zip-bomb | zip | 102457 | rejected:bomb | rejected:bomb or rejected:too-large | 2950 | 1400 | 302 | yes |',
    );
    expect(markdown).toContain(
      '| rss-xxe | rss | 358 | container | record or rejection | 5.50 | - | 190 | yes |',
    );
  });

  it('names the per-file timeout as the time budget with slack, or as set by hand', () => {
    const shared = squash(renderReliability(input()));
    const limits = { ...FUZZ.limits, timeoutMs: 20_000 };
    const manual = squash(renderReliability(input({ fuzz: { ...FUZZ, limits } })));

    expect(shared).toContain(
      "12000 ms wall-clock per file (the file's 10 s time budget with slack; the function's timeout is 60 s for batches of 10)",
    );
    expect(manual).toContain('20000 ms wall-clock per file (set by --timeout-ms;');
  });

  it('lists failures one by one', () => {
    const failures = [
      {
        family: 'docx',
        input: 'hostile/docx-deep-core',
        problem: 'threw MalformedInputError: deep',
      },
    ];
    const markdown = squash(renderReliability(input({ fuzz: { ...FUZZ, failures } })));

    expect(markdown).toContain('**1 failures**');
    expect(markdown).toContain(
      '- `hostile/docx-deep-core` (docx): threw MalformedInputError: deep',
    );
  });

  it('says so when fuzz.json is missing', () => {
    expect(renderReliability(input({ fuzz: undefined }))).toContain(
      '`bench/reliability/fuzz.json` is missing',
    );
  });

  it('renders reasons, limits in MiB where they are bytes, the machine and the date', () => {
    const markdown = squash(renderReliability(input()));

    expect(markdown).toContain('| `bomb` | a container expands past the limits |');
    expect(markdown).toContain('| maxObjectBytes | `LIMIT_MAX_OBJECT_BYTES` | 25 MiB | memory |');
    expect(markdown).toContain('- fuzz run: 2026-12-03T10:00:00.000Z, 2 cores, Node 20.20.2');
    expect(markdown).toContain('- written: 2026-12-03T12:00:00.000Z');
  });
});

describe('describeReasons', () => {
  it('takes each code comment from the RejectReason enum, and marks a code without one', () => {
    const reasons = describeReasons(RECORD_SOURCE);

    expect(reasons[0]).toEqual({ code: 'empty', description: 'zero bytes, or only whitespace' });
    expect(reasons.find((r) => r.code === 'bomb')?.description).toBe('(no description)');
    expect(reasons.map((r) => r.code)).toEqual(RejectReason.options);
  });
});

describe('describeLimits', () => {
  it('lists every default limit with its setting and reason', () => {
    const limits = describeLimits();

    expect(limits.map((l) => l.name)).toEqual(Object.keys(DEFAULT_LIMITS));
    expect(limits.find((l) => l.name === 'maxNestingDepth')).toMatchObject({
      variable: 'LIMIT_MAX_NESTING_DEPTH',
      value: DEFAULT_LIMITS.maxNestingDepth,
    });
    expect(limits.every((l) => l.reason.length > 0)).toBe(true);
  });
});

describe('markdownTable', () => {
  it('escapes pipes and line breaks in cells and right-aligns numeric columns', () => {
    const table = markdownTable(['a', 'n'], [['x|y\nz', 3]], [1]);

    expect(table.split('\n')).toEqual([
      '| a      |   n |',
      '| ------ | --: |',
      '| x\\|y z |   3 |',
    ]);
  });

  it('pads every cell to its column, as the formatter lays tables out', () => {
    const table = markdownTable(
      ['name', 'count'],
      [
        ['a', 12345678],
        ['bb', 3],
      ],
      [1],
    );

    expect(table.split('\n')).toEqual([
      '| name |    count |',
      '| ---- | -------: |',
      '| a    | 12345678 |',
      '| bb   |        3 |',
    ]);
  });
});

describe('formatOutcomes', () => {
  it('orders outcomes by count, then by name', () => {
    expect(formatOutcomes({ b: 1, a: 1, c: 5 })).toBe('c 5, a 1, b 1');
  });
});
