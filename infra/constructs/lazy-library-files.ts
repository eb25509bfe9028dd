import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { buildSync } from 'esbuild';
import { FILES_BESIDE_BUNDLE } from '#shared/formats/lazy-libraries.cjs';
import type { BesideBundleFile } from './pipeline-function.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the pre-bundled libraries are written: ignored by git, beside their packages. */
export const LAZY_LIBRARIES_BUILD_DIR = join(
  REPO_ROOT,
  'node_modules/.cache/article-ingest-lazy-libraries',
);

/**
 * Pre-bundles each library of shared/formats/lazy-libraries.cjs into one CommonJS file
 * (what `require('<library>')` resolves to, with its dependencies), minified for the
 * same Node target as the function, and returns where they are. Written to a partial
 * file and renamed, so a synth running at the same time never copies half a file.
 */
export const writeLazyLibraryFiles = (
  bundling: BundlingOptions,
  dir: string = LAZY_LIBRARIES_BUILD_DIR,
): BesideBundleFile[] => {
  mkdirSync(dir, { recursive: true });
  return Object.entries(FILES_BESIDE_BUNDLE).map(([library, name]) => {
    const source = join(dir, name);
    const partial = `${source}.${process.pid}.partial`;
    buildSync({
      stdin: {
        contents: `module.exports = require(${JSON.stringify(library)});`,
        resolveDir: REPO_ROOT,
        sourcefile: `${library}-beside-bundle.cjs`,
        loader: 'js',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: partial,
      logLevel: 'silent',
      ...(bundling.target ? { target: bundling.target } : {}),
      minify: bundling.minify ?? false,
      keepNames: bundling.keepNames ?? false,
      ...(bundling.mainFields ? { mainFields: [...bundling.mainFields] } : {}),
    });
    renameSync(partial, source);
    return { source, name };
  });
};
