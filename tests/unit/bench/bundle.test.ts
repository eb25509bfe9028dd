import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { largestInputs, measureBundle, shortInputPath } from '#bench/bench/bundle.ts';
import { PIPELINE_BUNDLING } from '#infra/constructs/pipeline-function.ts';

const input = (bytesInOutput: number) => ({ bytesInOutput });

const metafile = {
  inputs: {},
  outputs: {
    'out/index.mjs.map': { bytes: 10, inputs: {}, imports: [], exports: [] },
    'out/index.mjs': {
      bytes: 600,
      inputs: {
        '../main/node_modules/eld/src/ngrams/extrasmall.js': input(300),
        'shared/extract/language.ts': input(20),
        'node_modules/@aws-sdk/client-s3/dist-es/index.js': input(200),
        'shared/pipeline/build-record.ts': input(80),
      },
      imports: [],
      exports: [],
    },
  },
} as unknown as Metafile;

describe('largestInputs', () => {
  it("lists the output's inputs by bytes in the output, largest first, up to the count", () => {
    const top = largestInputs(metafile, `${process.cwd()}/out/index.mjs`, 3);

    expect(top).toEqual([
      { path: 'eld/src/ngrams/extrasmall.js', bytesInOutput: 300 },
      { path: '@aws-sdk/client-s3/dist-es/index.js', bytesInOutput: 200 },
      { path: 'shared/pipeline/build-record.ts', bytesInOutput: 80 },
    ]);
  });

  it('finds nothing for an output the metafile does not hold', () => {
    expect(largestInputs(metafile, '/elsewhere/index.mjs', 3)).toEqual([]);
  });
});

describe('shortInputPath', () => {
  it('drops everything up to node_modules and leaves project paths alone', () => {
    expect(shortInputPath('../../x/node_modules/zod/v4/core/api.js')).toBe('zod/v4/core/api.js');
    expect(shortInputPath('shared/extract/language.ts')).toBe('shared/extract/language.ts');
  });
});

describe('measureBundle', () => {
  it('copies the files beside the bundle, and maps the very file it ships without a map', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const entry = fileURLToPath(new URL('../../../shared/domain/limits.ts', import.meta.url));
    const beside = { source: entry, name: 'beside.txt' };

    const report = await measureBundle('deployed', PIPELINE_BUNDLING, entry, outdir, [beside]);

    expect(report.mapShipped).toBe(false);
    expect(existsSync(`${report.file}.map`)).toBe(false);
    expect(report.beside).toEqual([{ name: 'beside.txt', bytes: statSync(entry).size }]);
    expect(readFileSync(join(outdir, 'beside.txt'))).toEqual(readFileSync(entry));
    const mapped = join(outdir, 'mapped', 'index.mjs');
    expect(report.mapBytes).toBe(statSync(`${mapped}.map`).size);
    expect(readFileSync(mapped)).toEqual(readFileSync(report.file));
    rmSync(outdir, { recursive: true, force: true });
  });
});
