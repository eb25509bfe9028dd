import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions, Charset, Format, Loader } from 'esbuild';

/**
 * What CDK's NodejsFunction leaves out of the bundle when `externalModules` is unset
 * on a Node 18+ runtime: the SDK v3 the Lambda runtime ships.
 */
export const CDK_DEFAULT_EXTERNALS = ['@aws-sdk/*'];

/** Options the bench cannot mirror; a construct using one must not be measured wrongly. */
const UNMIRRORED = ['esbuildArgs', 'preCompilation', 'nodeModules', 'commandHooks'] as const;

/** CDK writes `index.mjs` for ESM and `index.js` for CommonJS. */
export const outFileName = (bundling: BundlingOptions): string =>
  String(bundling.format) === 'esm' ? 'index.mjs' : 'index.js';

const sourcemapOf = (bundling: BundlingOptions): BuildOptions['sourcemap'] => {
  if (!bundling.sourceMap) return false;
  const mode = String(bundling.sourceMapMode ?? 'default');
  return mode === 'default' ? true : (mode as 'inline' | 'external' | 'both');
};

/**
 * The esbuild options CDK's local bundling uses for `bundling` (it runs the esbuild CLI
 * with `--bundle --platform=node` and one flag per option; see its `createBuildArgs`),
 * so the bench measures the bundle the stack deploys. Adds a metafile for the report.
 */
export const esbuildOptionsFor = (
  bundling: BundlingOptions,
  entry: string,
  outdir: string,
): BuildOptions => {
  const unmirrored = UNMIRRORED.filter((key) => bundling[key] !== undefined);
  if (unmirrored.length > 0)
    throw new Error(`The bench cannot mirror the bundling option ${unmirrored.join(', ')}`);
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    outfile: `${outdir}/${outFileName(bundling)}`,
    metafile: true,
    logLevel: 'silent',
    ...(bundling.target ? { target: bundling.target } : {}),
    ...(bundling.format ? { format: String(bundling.format) as Format } : {}),
    minify: bundling.minify ?? false,
    sourcemap: sourcemapOf(bundling),
    sourcesContent: bundling.sourcesContent ?? true,
    external: [...(bundling.externalModules ?? CDK_DEFAULT_EXTERNALS)],
    ...(bundling.loader ? { loader: bundling.loader as Record<string, Loader> } : {}),
    ...(bundling.define ? { define: { ...bundling.define } } : {}),
    ...(bundling.keepNames ? { keepNames: true } : {}),
    ...(bundling.tsconfig ? { tsconfig: bundling.tsconfig } : {}),
    ...(bundling.banner ? { banner: { js: bundling.banner } } : {}),
    ...(bundling.footer ? { footer: { js: bundling.footer } } : {}),
    ...(bundling.mainFields ? { mainFields: [...bundling.mainFields] } : {}),
    ...(bundling.inject ? { inject: [...bundling.inject] } : {}),
    ...(bundling.charset ? { charset: String(bundling.charset) as Charset } : {}),
  };
};
