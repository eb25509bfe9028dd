import { describe, expect, it } from 'vitest';
import type { BundleReport } from '#bench/bench/bundle.ts';
import { formatKib, renderBench } from '#bench/bench/report.ts';

const KIB = 1024;

const bundleOf = (name: string, beside: BundleReport['beside']): BundleReport => ({
  name,
  file: `/out/${name}/index.mjs`,
  rawBytes: 400 * KIB,
  gzipBytes: 100 * KIB,
  beside,
  mapBytes: 900 * KIB,
  mapShipped: false,
  external: [],
  topInputs: [],
  packages: [],
});

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

  it("lists each function's asset file by file, and says the budget is the main file's", () => {
    const beside = [
      { name: 'language-model.bin', bytes: 100 * KIB },
      { name: 'marked.cjs', bytes: 50 * KIB },
    ];
    const text = renderBench({
      throughput: [],
      bundles: [
        bundleOf('ingest deployed', beside),
        bundleOf('ingest no-keep-names', beside),
        bundleOf('publish deployed', beside),
      ],
      coldStarts: [],
      notes: [],
    });

    expect(text).toMatch(/ingest deployed +marked\.cjs +50\.0 KiB +on first use/);
    expect(text).toMatch(/ingest deployed +whole asset +550\.0 KiB/);
    expect(text).toMatch(/publish deployed +index\.mjs +400\.0 KiB +at init/);
    expect(text).not.toMatch(/ingest no-keep-names +marked\.cjs/);
    expect(text).toMatch(
      /ingest deployed: main file index\.mjs \(minified\) +400\.0 KiB +< 500 KB +pass +550\.0 KiB/,
    );
    expect(text).toContain('The size budget applies to each main file (index.mjs)');
  });
});
