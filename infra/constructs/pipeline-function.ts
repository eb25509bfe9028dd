import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

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

/** Node flags every pipeline function starts with; the bench's cold start uses them too. */
export const PIPELINE_NODE_OPTIONS = '--enable-source-maps';

/**
 * How every pipeline function is bundled: by the local esbuild (never Docker), as ESM,
 * minified, with the AWS SDK bundled so its version is the one in the lockfile.
 * Exported so `npm run bench` builds the bundle it measures with the same options.
 */
export const PIPELINE_BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  externalModules: [],
};

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
}

/**
 * The defaults every pipeline function shares, set once: Node 22 on arm64, an ESM
 * bundle built by the local esbuild (never Docker) with the AWS SDK bundled so its
 * version is the one in the lockfile, its own log group with retention, tracing on.
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
        NODE_OPTIONS: PIPELINE_NODE_OPTIONS,
        ...props.environment,
      },
      bundling: PIPELINE_BUNDLING,
    });
  }
}
