import { describe, expect, it } from 'vitest';
import { formatKib, renderBench } from '#bench/bench/report.ts';

describe('formatKib', () => {
  it('shows bytes as KiB with one decimal', () => {
    expect(formatKib(2_304_812)).toBe('2250.8 KiB');
  });
});

describe('renderBench', () => {
  it('prints only the sections that ran, then the notes', () => {
    const text = renderBench({
      throughput: [
        {
          extractor: 'ours',
          set: 'fixtures html',
          articles: 2,
          bytes: 2_000_000,
          articlesPerSecond: 40,
          megabytesPerSecond: 40,
          p50Ms: 20,
          p95Ms: 30,
          failed: 0,
        },
      ],
      bundles: [],
      coldStarts: [],
      notes: ['trafilatura is not available.'],
    });

    expect(text).toContain('fixtures html');
    expect(text).toContain('40.0');
    expect(text).not.toContain('cold start');
    expect(text.endsWith('- trafilatura is not available.')).toBe(true);
  });

  it('puts the empty node first among cold starts and ends with the budgets', () => {
    const times = { importCpuMs: 1, firstDeclaredMs: 1, firstHandlerMs: 1 };
    const text = renderBench({
      throughput: [],
      bundles: [],
      coldStarts: [
        {
          name: 'deployed',
          starts: 20,
          times: { ...times, processMs: 200, importMs: 150, firstDetectedMs: 30 },
        },
      ],
      emptyStart: {
        name: 'empty node',
        starts: 20,
        times: { ...times, processMs: 40, importMs: 2, firstDetectedMs: 0 },
      },
      notes: [],
    });

    expect(text.indexOf('empty node')).toBeLessThan(text.indexOf('deployed'));
    expect(text).toMatch(/deployed: import - empty import +148 ms +3\.70x +< 100 ms +FAIL/);
    expect(text).toMatch(/deployed: first detection +30 ms +0\.75x +< 60 ms +pass/);
  });
});
