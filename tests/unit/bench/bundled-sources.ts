import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptionsFor } from '#bench/bench/esbuild-options.ts';
import { PIPELINE_BUNDLING } from '#infra/constructs/pipeline-function.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INGEST_ENTRY = join(REPO_ROOT, 'lambdas/ingest/handler.ts');
const NODE_MODULES = /^(?:.*\/)?node_modules\//u;

/** What the ingest bundle is built from: package files (`zod/v4/...`) and ours, with their text. */
export interface BundledInputs {
  packages: string[];
  ours: { path: string; text: string }[];
}

/**
 * The inputs of the ingest function's bundle, as the stack builds it (the construct's
 * options, nothing written): the function's real import graph, not a folder's files.
 */
export const ingestBundleInputs = async (): Promise<BundledInputs> => {
  const options = esbuildOptionsFor(PIPELINE_BUNDLING, INGEST_ENTRY, join(REPO_ROOT, 'out'));
  const { metafile } = await build({ ...options, write: false, absWorkingDir: REPO_ROOT });
  const paths = Object.keys(metafile?.inputs ?? {});
  return {
    packages: paths
      .filter((path) => NODE_MODULES.test(path))
      .map((p) => p.replace(NODE_MODULES, '')),
    ours: paths
      .filter((path) => !NODE_MODULES.test(path) && path.endsWith('.ts'))
      .map((path) => ({ path, text: readFileSync(join(REPO_ROOT, path), 'utf8') })),
  };
};

/** The text of a file of the repo. */
export const repoFile = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');
