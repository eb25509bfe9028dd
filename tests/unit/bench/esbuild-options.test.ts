import { OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import {
  CDK_DEFAULT_EXTERNALS,
  esbuildOptionsFor,
  outFileName,
} from '#bench/bench/esbuild-options.ts';
import { PIPELINE_BUNDLING } from '#infra/constructs/pipeline-function.ts';

describe('esbuildOptionsFor', () => {
  it('mirrors the construct bundling: ESM to index.mjs, minified, named, no map, nothing external', () => {
    const options = esbuildOptionsFor(PIPELINE_BUNDLING, '/repo/handler.ts', '/out');

    expect(options).toMatchObject({
      entryPoints: ['/repo/handler.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: '/out/index.mjs',
      minify: true,
      keepNames: true,
      sourcemap: false,
      external: [],
      mainFields: ['module', 'main'],
      metafile: true,
    });
    expect(options.banner?.js).toContain('createRequire');
  });

  it("leaves the runtime's SDK out when externalModules is unset, as CDK does", () => {
    const options = esbuildOptionsFor({ format: OutputFormat.CJS }, '/e.ts', '/out');

    expect(options.external).toEqual(CDK_DEFAULT_EXTERNALS);
    expect(options.outfile).toBe('/out/index.js');
    expect(options.sourcemap).toBe(false);
  });

  it('passes a source map mode through and honours sourcesContent', () => {
    const options = esbuildOptionsFor(
      { sourceMap: true, sourceMapMode: SourceMapMode.INLINE, sourcesContent: false },
      '/e.ts',
      '/out',
    );

    expect(options.sourcemap).toBe('inline');
    expect(options.sourcesContent).toBe(false);
  });

  it('refuses options it cannot reproduce rather than measure another bundle', () => {
    expect(() =>
      esbuildOptionsFor({ esbuildArgs: { '--log-limit': '0' } }, '/e.ts', '/out'),
    ).toThrow('The bench cannot mirror the bundling option esbuildArgs');
  });
});

describe('outFileName', () => {
  it('names an ESM bundle index.mjs and any other index.js', () => {
    expect(outFileName({ format: OutputFormat.ESM })).toBe('index.mjs');
    expect(outFileName({})).toBe('index.js');
  });
});
