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
});
