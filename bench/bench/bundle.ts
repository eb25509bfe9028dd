import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BundlingOptions, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build, type Metafile } from 'esbuild';
import type { BesideBundleFile } from '#infra/constructs/pipeline-function.ts';
import { type PackageShare, packageShares } from './bundle-packages.ts';
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
  /** Files the asset carries beside the bundle (the language model), in bytes. */
  besideBytes: number;
  /**
   * The bundle's source map: the one shipped when the options ask for it, else the one
   * a build with the same options plus a map writes (beside, in `mapped/`, for reading
   * stack traces of that build).
   */
  mapBytes: number;
  mapShipped: boolean;
  external: string[];
  topInputs: BundleInput[];
  /** Every package's bytes in the output, largest first (`bundle-packages.ts`). */
  packages: PackageShare[];
}

/** How many of the largest inputs the report lists. */
export const TOP_INPUTS = 10;

const NODE_MODULES = /^(?:.*\/)?node_modules\//u;

/** `../main/node_modules/eld/src/x.js` -> `eld/src/x.js`: the part a reader recognises. */
export const shortInputPath = (path: string): string => path.replace(NODE_MODULES, '');

/** The inputs of `outfile` in `metafile`, largest first. */
const inputsOf = (metafile: Metafile, outfile: string): BundleInput[] => {
  const output = Object.entries(metafile.outputs).find(
    ([path]) => resolve(path) === resolve(outfile),
  );
  const inputs = Object.entries(output?.[1].inputs ?? {});
  return inputs
    .map(([path, { bytesInOutput }]) => ({ path: shortInputPath(path), bytesInOutput }))
    .sort((a, b) => b.bytesInOutput - a.bytesInOutput);
};

/** The `count` largest inputs of `outfile` in `metafile`, largest first. */
export const largestInputs = (metafile: Metafile, outfile: string, count: number): BundleInput[] =>
  inputsOf(metafile, outfile).slice(0, count);

const fileBytes = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/**
 * Builds `entry` as the stack would with `bundling`, copies `files` beside it as the
 * construct does, and measures the output.
 */
export const measureBundle = async (
  name: string,
  bundling: BundlingOptions,
  entry: string,
  outdir: string,
  files: readonly BesideBundleFile[] = [],
): Promise<BundleReport> => {
  rmSync(outdir, { recursive: true, force: true });
  const options = esbuildOptionsFor(bundling, entry, outdir);
  const outfile = options.outfile ?? '';
  const { metafile } = await build(options);
  for (const { source, name: fileName } of files) copyFileSync(source, join(outdir, fileName));
  const code = readFileSync(outfile);
  const mapShipped = Boolean(bundling.sourceMap);
  const mapFile = mapShipped ? `${outfile}.map` : await buildMapOnly(bundling, entry, outdir);
  return {
    name,
    file: outfile,
    rawBytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    besideBytes: files.reduce((sum, file) => sum + fileBytes(file.source), 0),
    mapBytes: fileBytes(mapFile),
    mapShipped,
    external: [...(options.external ?? [])],
    topInputs: metafile ? largestInputs(metafile, outfile, TOP_INPUTS) : [],
    packages: metafile ? packageShares(inputsOf(metafile, outfile)) : [],
  };
};

/** The map of the same build, written to `outdir/mapped/`; returns its path. */
const buildMapOnly = async (
  bundling: BundlingOptions,
  entry: string,
  outdir: string,
): Promise<string> => {
  const mapped = { ...bundling, sourceMap: true, sourceMapMode: SourceMapMode.EXTERNAL };
  const options = esbuildOptionsFor(mapped, entry, join(outdir, 'mapped'));
  await build(options);
  return `${options.outfile ?? ''}.map`;
};
