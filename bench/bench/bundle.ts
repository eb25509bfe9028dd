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

/** A file the asset carries beside the main file, and its size. */
export interface BesideFileSize {
  name: string;
  bytes: number;
}

export interface BundleReport {
  name: string;
  /** The main file, `index.mjs`: what Node parses and compiles when the function starts. */
  file: string;
  rawBytes: number;
  gzipBytes: number;
  /**
   * Files the asset carries beside the main file, as the construct copies them: the
   * language model and the libraries loaded on first use, each read only when needed.
   */
  beside: BesideFileSize[];
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

/** Bytes of every file beside the main file. */
export const besideBytes = (bundle: BundleReport): number =>
  bundle.beside.reduce((sum, file) => sum + file.bytes, 0);

/** The whole asset: the main file, the files beside it and the map when it is shipped. */
export const assetBytes = (bundle: BundleReport): number =>
  bundle.rawBytes + besideBytes(bundle) + (bundle.mapShipped ? bundle.mapBytes : 0);

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
 * Builds `entry` into an empty `outdir` as the stack would with `bundling`, and copies
 * `files` beside it as the construct does. Returns the main file and esbuild's metafile.
 */
export const buildBundle = async (
  bundling: BundlingOptions,
  entry: string,
  outdir: string,
  files: readonly BesideBundleFile[] = [],
): Promise<{ outfile: string; external: string[]; metafile: Metafile | undefined }> => {
  rmSync(outdir, { recursive: true, force: true });
  const options = esbuildOptionsFor(bundling, entry, outdir);
  const { metafile } = await build(options);
  for (const { source, name } of files) copyFileSync(source, join(outdir, name));
  return { outfile: options.outfile ?? '', external: [...(options.external ?? [])], metafile };
};

/** Builds `entry` with `bundling` and `files` beside it (`buildBundle`), and measures it. */
export const measureBundle = async (
  name: string,
  bundling: BundlingOptions,
  entry: string,
  outdir: string,
  files: readonly BesideBundleFile[] = [],
): Promise<BundleReport> => {
  const { outfile, external, metafile } = await buildBundle(bundling, entry, outdir, files);
  const code = readFileSync(outfile);
  const mapShipped = Boolean(bundling.sourceMap);
  const mapFile = mapShipped ? `${outfile}.map` : await buildMapOnly(bundling, entry, outdir);
  return {
    name,
    file: outfile,
    rawBytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    beside: files.map((file) => ({ name: file.name, bytes: fileBytes(join(outdir, file.name)) })),
    mapBytes: fileBytes(mapFile),
    mapShipped,
    external,
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
