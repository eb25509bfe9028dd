import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import {
  type BundlingOptions,
  type ICommandHooks,
  NodejsFunction,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import {
  LANGUAGE_MODEL_FILE_NAME,
  LANGUAGE_MODEL_SOURCE,
} from '#lambdas/ingest/language-model-file.ts';
import { writeLazyLibraryFiles } from './lazy-library-files.ts';

/**
 * Room for several files at their time budget (10 s each, `maxFileMs`) in one batch: the
 * handler stops starting files 15 s before the deadline, so even a batch of ten slow
 * files is done within three receives, well before the DLQ's five. The queue's
 * visibility timeout derives from it.
 */
export const PIPELINE_FUNCTION_TIMEOUT = Duration.seconds(60);

/** Parsing and extraction are CPU-bound: 1024 MB buys more vCPU than it costs in time saved. */
export const PIPELINE_FUNCTION_MEMORY_MB = 1024;

/** ESM bundles still contain CommonJS dependencies that call `require`. */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

/**
 * Node flags every pipeline function starts with; the bench's cold start uses them too.
 * None: with no source map shipped, `--enable-source-maps` would only cost.
 */
export const PIPELINE_NODE_OPTIONS: string = '';

/**
 * How every pipeline function is bundled: by the local esbuild (never Docker), as ESM,
 * minified, with the AWS SDK bundled so its version is the one in the lockfile.
 * Exported so `npm run bench` builds the bundle it measures with the same options.
 *
 * No source map in the asset (it was 8 MB, and node parsed it at start): `keepNames`
 * keeps function and class names in stack traces, and a trace's line:column maps
 * back through the map `npm run bench -- --only bundle` writes beside its build of
 * the same commit (esbuild's output does not depend on whether a map is written).
 */
export const PIPELINE_BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  keepNames: true,
  sourceMap: false,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  externalModules: [],
  // marked, yaml and fflate are files beside the bundle (shared/formats/lazy-libraries.cjs).
  define: { LAZY_LIBRARIES_BESIDE_BUNDLE: 'true' },
};

/** A file the function reads beside its bundle, copied there after esbuild runs. */
export interface BesideBundleFile {
  /** Absolute path in the repo. */
  source: string;
  /** Its name in the asset, beside `index.mjs`. */
  name: string;
}

/** The language model, read on the first language detection (shared/extract/language.ts). */
const LANGUAGE_MODEL_BESIDE_BUNDLE: BesideBundleFile = {
  source: fileURLToPath(LANGUAGE_MODEL_SOURCE),
  name: LANGUAGE_MODEL_FILE_NAME,
};

/**
 * Every file a pipeline function reads beside its bundle: the language model, and
 * marked, yaml and fflate pre-bundled, which it loads on first use
 * (shared/formats/lazy-libraries.cjs). Builds the libraries (tens of ms), so it is called
 * when a bundle is built, by the construct's hook and by the bench, never at synth alone.
 */
export const pipelineFiles = (): BesideBundleFile[] => [
  LANGUAGE_MODEL_BESIDE_BUNDLE,
  ...writeLazyLibraryFiles(PIPELINE_BUNDLING),
];

/**
 * CDK's hook that copies `files()` into the asset after the local esbuild has run. CDK
 * calls it only when it bundles, so the files are built then; the shell gets `cp` of
 * paths in the repo into the asset directory, nothing else.
 */
const copyBesideBundle = (files: () => readonly BesideBundleFile[]): ICommandHooks => ({
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (_inputDir: string, outputDir: string) =>
    files().map(({ source, name }) => `cp "${source}" "${outputDir}/${name}"`),
});

export interface PipelineFunctionProps {
  /** Absolute path of the handler module; it exports `handler`. */
  readonly entry: string;
  /** Function-specific variables; the service-wide ones are set here. */
  readonly environment?: Record<string, string>;
  /** What happens to the function's log group when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
  /** Defaults to PIPELINE_FUNCTION_MEMORY_MB. */
  readonly memorySize?: number;
  /** Defaults to PIPELINE_FUNCTION_TIMEOUT. */
  readonly timeout?: Duration;
  /** What the function reads beside its bundle; defaults to `pipelineFiles` (the ingest function's). */
  readonly filesBesideBundle?: () => readonly BesideBundleFile[];
}

/**
 * The defaults every pipeline function shares, set once: Node 22 on arm64, an ESM
 * bundle built by the local esbuild (never Docker) with the AWS SDK bundled so its
 * version is the one in the lockfile and the language model and the lazily loaded
 * libraries beside it, its own log
 * group with retention, tracing on.
 */
export class PipelineFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? PIPELINE_FUNCTION_MEMORY_MB,
      timeout: props.timeout ?? PIPELINE_FUNCTION_TIMEOUT,
      tracing: Tracing.ACTIVE,
      logGroup: new LogGroup(scope, `${id}LogGroup`, {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: props.logRemovalPolicy,
      }),
      environment: {
        POWERTOOLS_SERVICE_NAME: 'article-ingest',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...(PIPELINE_NODE_OPTIONS ? { NODE_OPTIONS: PIPELINE_NODE_OPTIONS } : {}),
        ...props.environment,
      },
      bundling: {
        ...PIPELINE_BUNDLING,
        commandHooks: copyBesideBundle(props.filesBesideBundle ?? pipelineFiles),
      },
    });
  }
}
