import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build, type Metafile } from 'esbuild';
import { esbuildOptionsFor } from './esbuild-options.ts';

export interface BundleInput {
  path: string;
  /** Bytes this input contributes to the minified output, not its source size. */
  bytesInOutput: number;
}

export interface BundleReport {
  name: string;
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /** The source map beside it: read at start when node runs with --enable-source-maps. */
  mapBytes: number;
  external: string[];
  topInputs: BundleInput[];
}

/** How many of the largest inputs the report lists. */
export const TOP_INPUTS = 10;

const NODE_MODULES = /^(?:.*\/)?node_modules\//u;

/** `../main/node_modules/eld/src/x.js` -> `eld/src/x.js`: the part a reader recognises. */
export const shortInputPath = (path: string): string => path.replace(NODE_MODULES, '');

/** The inputs of `outfile` in `metafile`, largest first. */
export const largestInputs = (
  metafile: Metafile,
  outfile: string,
  count: number,
): BundleInput[] => {
  const output = Object.entries(metafile.outputs).find(
    ([path]) => resolve(path) === resolve(outfile),
  );
  const inputs = Object.entries(output?.[1].inputs ?? {});
  return inputs
    .map(([path, { bytesInOutput }]) => ({ path: shortInputPath(path), bytesInOutput }))
    .sort((a, b) => b.bytesInOutput - a.bytesInOutput)
    .slice(0, count);
};

/** Builds `entry` as the stack would with `bundling` and measures the output. */
export const measureBundle = async (
  name: string,
  bundling: BundlingOptions,
  entry: string,
  outdir: string,
): Promise<BundleReport> => {
  const options = esbuildOptionsFor(bundling, entry, outdir);
  const outfile = options.outfile ?? '';
  const { metafile } = await build(options);
  const code = readFileSync(outfile);
  return {
    name,
    file: outfile,
    rawBytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    mapBytes: existsSync(`${outfile}.map`) ? statSync(`${outfile}.map`).size : 0,
    external: [...(options.external ?? [])],
    topInputs: metafile ? largestInputs(metafile, outfile, TOP_INPUTS) : [],
  };
};
