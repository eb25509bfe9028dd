import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { PIPELINE_BUNDLING, PIPELINE_NODE_OPTIONS } from '#infra/constructs/pipeline-function.ts';

/** A way to bundle the ingest function that the bench builds and measures. */
export interface BundleVariant {
  name: string;
  bundling: BundlingOptions;
  /** The node flags the function starts with, as its `NODE_OPTIONS` sets them. */
  nodeOptions: readonly string[];
}

const nodeOptions = PIPELINE_NODE_OPTIONS.split(' ').filter(Boolean);

/**
 * The bundle as deployed (the construct's own options, first), and the alternative the
 * README weighs: dropping `keepNames` (function and class names in stack traces). The
 * functions call AWS through their own light client (shared/adapters/aws-http), so the
 * runtime's SDK is no longer an alternative to measure.
 */
export const BUNDLE_VARIANTS: readonly BundleVariant[] = [
  { name: 'deployed', bundling: PIPELINE_BUNDLING, nodeOptions },
  { name: 'no-keep-names', bundling: { ...PIPELINE_BUNDLING, keepNames: false }, nodeOptions },
];
