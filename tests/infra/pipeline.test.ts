import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THROUGHPUT } from '#infra/constructs/throughput-context.ts';
import {
  LANGUAGE_MODEL_FILE_NAME,
  LANGUAGE_MODEL_SOURCE,
} from '#lambdas/ingest/language-model-file.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { FILES_BESIDE_BUNDLE } from '#shared/formats/lazy-libraries.cjs';
import { type SynthResult, synthIngestStack } from './synth-stack.ts';
import { propertiesOf, resourceById } from './template-queries.ts';

const ESM_REQUIRE_BANNER = "import { createRequire } from 'module';";
/** A top-level import of the SDK, i.e. one left external; error-message strings don't match. */
const EXTERNAL_SDK_IMPORT = /(?:^|;)import\s*[^;(]*?["']@aws-sdk\//m;

let synth: SynthResult;
beforeAll(() => {
  synth = synthIngestStack({ bundle: true });
});
afterAll(() => synth.dispose());

const ingestFunction = (): Record<string, unknown> =>
  propertiesOf(synth.template, 'IngestFunction');

/** The directory CDK staged the ingest function's asset in. */
const ingestAssetDir = (): string => {
  const code = ingestFunction().Code as { S3Key: string };
  return join(synth.app.outdir, `asset.${code.S3Key.replace('.zip', '')}`);
};

describe('ArticlesBucket notifications', () => {
  it('sends ObjectCreated and ObjectRemoved events of any key to IngestQueue', () => {
    synth.template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: 'ArticlesBucket' },
      NotificationConfiguration: {
        QueueConfigurations: [
          { Events: ['s3:ObjectCreated:*'], QueueArn: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] } },
          { Events: ['s3:ObjectRemoved:*'], QueueArn: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] } },
        ],
      },
    });
  });

  it('lets only ArticlesBucket publish to IngestQueue', () => {
    synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: 'IngestQueue' }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': ['ArticlesBucket', 'Arn'] } },
            },
          }),
        ]),
      },
    });
  });
});

describe('IngestQueue and DeadLetterQueue', () => {
  it.each(['IngestQueue', 'DeadLetterQueue'])(
    'encrypts %s with SSE-SQS, which S3 can publish to',
    (queueId) => {
      const props = propertiesOf(synth.template, queueId);

      expect(props.SqsManagedSseEnabled).toBe(true);
      expect(props.KmsMasterKeyId).toBeUndefined();
    },
  );

  it.each(['IngestQueue', 'DeadLetterQueue'])('denies non-TLS access to %s', (queueId) => {
    synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('moves a message to DeadLetterQueue after at least five receives', () => {
    const redrive = propertiesOf(synth.template, 'IngestQueue').RedrivePolicy as {
      deadLetterTargetArn: unknown;
      maxReceiveCount: number;
    };

    expect(redrive.deadLetterTargetArn).toEqual({ 'Fn::GetAtt': ['DeadLetterQueue', 'Arn'] });
    expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(5);
  });

  it('keeps dead letters for the 14 days SQS allows', () => {
    const props = propertiesOf(synth.template, 'DeadLetterQueue');

    expect(props.MessageRetentionPeriod).toBe(14 * 24 * 60 * 60);
  });

  it('hides a received message for at least six times the function timeout', () => {
    const visibility = propertiesOf(synth.template, 'IngestQueue').VisibilityTimeout as number;
    const timeout = ingestFunction().Timeout as number;

    expect(timeout).toBe(60);
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
  });
});

describe('the ingest function', () => {
  it('runs Node 22 on arm64 with 1024 MB and active tracing', () => {
    const props = ingestFunction();

    expect(props.Runtime).toBe('nodejs22.x');
    expect(props.Architectures).toEqual(['arm64']);
    expect(props.MemorySize).toBe(1024);
    expect(props.TracingConfig).toEqual({ Mode: 'Active' });
    expect(props.Handler).toBe('index.handler');
  });

  it('ships an ESM bundle with the AWS SDK inside it, the language model beside it, no source map', () => {
    const assetDir = ingestAssetDir();
    const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');

    expect(bundle.slice(0, ESM_REQUIRE_BANNER.length)).toBe(ESM_REQUIRE_BANNER);
    expect(bundle.match(EXTERNAL_SDK_IMPORT)).toBeNull();
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(false);
    const model = readFileSync(join(assetDir, LANGUAGE_MODEL_FILE_NAME));
    expect(model.equals(readFileSync(LANGUAGE_MODEL_SOURCE))).toBe(true);
  });

  it('ships marked, yaml and fflate beside the bundle, each one CommonJS file of the library', () => {
    const requireBeside = createRequire(join(ingestAssetDir(), 'index.mjs'));
    const load = (file: string) => requireBeside(`./${file}`) as Record<string, unknown>;

    expect(typeof load(FILES_BESIDE_BUNDLE.marked).lexer).toBe('function');
    expect(typeof load(FILES_BESIDE_BUNDLE.yaml).parse).toBe('function');
    expect(typeof load(FILES_BESIDE_BUNDLE.fflate).gunzipSync).toBe('function');
  });

  it('writes to its own log group that keeps logs for a month', () => {
    const logging = ingestFunction().LoggingConfig as { LogGroup: { Ref: string } };

    const logGroup = resourceById(synth.template, logging.LogGroup.Ref);

    expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
    expect(logGroup.Properties?.RetentionInDays).toBe(30);
  });

  it('gets the table, content bucket, Powertools settings, limits, probes and message concurrency from its environment', () => {
    const env = ingestFunction().Environment as { Variables: Record<string, unknown> };
    const limits = Object.keys(env.Variables).filter((name) => name.startsWith('LIMIT_'));

    expect(env.Variables).toMatchObject({
      TABLE_NAME: { Ref: 'ArticlesTable' },
      CONTENT_BUCKET_NAME: { Ref: 'ContentBucket' },
      POWERTOOLS_SERVICE_NAME: 'article-ingest',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      NEAR_DUPLICATE_PROBES: 'exact',
      MESSAGE_CONCURRENCY: String(DEFAULT_THROUGHPUT.messageConcurrency),
    });
    expect(env.Variables.NODE_OPTIONS).toBeUndefined();
    expect(Object.keys(env.Variables)).toHaveLength(6 + limits.length);
    expect(limits).toHaveLength(Object.keys(DEFAULT_LIMITS).length);
  });

  it('consumes IngestQueue in batches with partial-batch failures and a concurrency cap', () => {
    const fromQueue = synth.template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { EventSourceArn: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] } },
    });
    expect(Object.keys(fromQueue)).toHaveLength(1);
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] },
      FunctionName: { Ref: 'IngestFunction' },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });
});
