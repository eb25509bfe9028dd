import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { PIPELINE_BUNDLING, PIPELINE_NODE_OPTIONS } from '#infra/constructs/pipeline-function.ts';
import { CDK_DEFAULT_EXTERNALS } from './esbuild-options.ts';

/** A way to bundle the ingest function that the bench builds and measures. */
export interface BundleVariant {
  name: string;
  bundling: BundlingOptions;
  /** The node flags the function starts with, as its `NODE_OPTIONS` sets them. */
  nodeOptions: readonly string[];
}

const nodeOptions = PIPELINE_NODE_OPTIONS.split(' ').filter(Boolean);

/**
 * The bundle as deployed (the construct's own options, first), and the alternatives
 * the README weighs: leaving `@aws-sdk/*` to the SDK the Lambda runtime ships, and
 * dropping `keepNames` (function and class names in stack traces).
 */
export const BUNDLE_VARIANTS: readonly BundleVariant[] = [
  { name: 'deployed', bundling: PIPELINE_BUNDLING, nodeOptions },
  {
    name: 'runtime-sdk',
    bundling: { ...PIPELINE_BUNDLING, externalModules: CDK_DEFAULT_EXTERNALS },
    nodeOptions,
  },
  { name: 'no-keep-names', bundling: { ...PIPELINE_BUNDLING, keepNames: false }, nodeOptions },
];
