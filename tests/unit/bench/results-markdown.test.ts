import { describe, expect, it } from 'vitest';
import { type ResultsInput, renderResults, summaryLines } from '#bench/results-markdown.ts';

const input = (overrides: Partial<ResultsInput> = {}): ResultsInput => ({
  date: '2026-12-03T14:00:00.000Z',
  machine: {
    cpuModel: 'Test CPU',
    cpus: 2,
    memoryGb: 8,
    os: 'linux 6.1',
    node: 'v20.20.2',
    loadAverage: [1, 2, 3],
  },
  bench: {
    command: 'npm run bench',
    stdout: 'table one\n---\nrow',
    json: { e2e: { files: 2000, records: 3000, floorMs: 60_000, pipelineMs: 90_000 } },
    exitCode: 0,
    minutes: 9.5,
  },
  cost: {
    command: 'npm run cost',
    stdout: 'cost table',
    json: {
      goal: { dollars: 3, seedTotal: 4.5 },
      rows: [
        { summary: { total: 4.5, dominant: { line: 'DynamoDB writes' } } },
        { summary: { total: 7.25 } },
      ],
    },
    exitCode: 0,
    minutes: 0.3,
  },
  ...overrides,
});

describe('summaryLines', () => {
  it('states the end-to-end ratio and the cost against their goals', () => {
    const [e2e, cost] = summaryLines(input());

    expect(e2e).toContain('**ratio 1.50x** (goal <= 2x: met)');
    expect(e2e).toContain('33.3 records/s');
    expect(cost).toContain('**seed-size $4.50** (goal < $3: not met, 1.50x)');
    expect(cost).toContain('median corpus page $7.25');
    expect(cost).toContain('dominant line: DynamoDB writes');
  });

  it('says what was not measured rather than inventing a figure', () => {
    const lines = summaryLines(
      input({
        bench: { ...input().bench, json: undefined },
        cost: { ...input().cost, json: undefined },
      }),
    );
    expect(lines).toEqual([
      'End to end: not measured in this run.',
      'Cost model: not run in this run.',
    ]);
  });
});

describe('renderResults', () => {
  it('writes the machine, the date and each suite’s report in a code block', () => {
    const markdown = renderResults(input({ cost: { ...input().cost, exitCode: 1 } }));

    expect(markdown).toContain('on 2026-12-03T14:00:00.000Z');
    expect(markdown).toContain('2 x Test CPU, 8.0 GB, linux 6.1, node v20.20.2');
    expect(markdown).toContain('```text\ntable one\n---\nrow\n```');
    expect(markdown).toContain('**exit code 1**');
  });
});
