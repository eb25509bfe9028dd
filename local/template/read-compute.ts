import path from 'node:path';
import {
  asArray,
  asRecord,
  type CfnTemplate,
  getAttTarget,
  optionalNumber,
  propertiesOf,
  referencedId,
  refTarget,
  resourcesOfType,
  TemplateError,
} from './cfn.ts';
import { physicalNameFor } from './local-name.ts';
import type { EnvValue, EventSourceWiring, FunctionWiring, QueueWiring } from './wiring.ts';

/** SQS's default when a queue sets none. */
const DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
/** Lambda's defaults for an SQS event source and a function. */
const DEFAULT_SQS_BATCH_SIZE = 10;
const DEFAULT_FUNCTION_TIMEOUT_SECONDS = 3;
const DEFAULT_FUNCTION_MEMORY_MB = 128;
const ASSET_KEY = /^([0-9a-f]+)\.zip$/;

export const readQueues = (template: CfnTemplate): Record<string, QueueWiring> =>
  Object.fromEntries(
    resourcesOfType(template, 'AWS::SQS::Queue').map(([logicalId, resource]) => {
      const props = propertiesOf(resource);
      const redrive = asRecord(props.RedrivePolicy);
      const dlq = referencedId(redrive.deadLetterTargetArn);
      const maxReceiveCount = optionalNumber(redrive.maxReceiveCount);
      const queue: QueueWiring = {
        logicalId,
        name: physicalNameFor(logicalId, props.QueueName),
        visibilityTimeoutSeconds:
          optionalNumber(props.VisibilityTimeout) ?? DEFAULT_VISIBILITY_TIMEOUT_SECONDS,
        ...(dlq && maxReceiveCount
          ? { redrive: { deadLetterQueueLogicalId: dlq, maxReceiveCount } }
          : {}),
      };
      return [logicalId, queue];
    }),
  );

/** The SQS -> Lambda mapping; the template must have exactly one (the stream's is read apart). */
export const readEventSource = (
  template: CfnTemplate,
): EventSourceWiring & { functionLogicalId: string } => {
  const mappings = resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').filter(
    ([, resource]) => readsQueue(template, propertiesOf(resource).EventSourceArn),
  );
  const [first, ...rest] = mappings;
  if (!first) throw new TemplateError('The template has no Lambda event source mapping.');
  if (rest.length > 0)
    throw new TemplateError('The template has more than one event source mapping; expected one.');
  const [logicalId, resource] = first;
  const props = propertiesOf(resource);
  const queueLogicalId = referencedId(props.EventSourceArn);
  const functionLogicalId = referencedId(props.FunctionName);
  if (!queueLogicalId || !functionLogicalId)
    throw new TemplateError(`Event source ${logicalId} does not link a queue and a function.`);
  const maxConcurrency = optionalNumber(asRecord(props.ScalingConfig).MaximumConcurrency);
  return {
    queueLogicalId,
    functionLogicalId,
    batchSize: optionalNumber(props.BatchSize) ?? DEFAULT_SQS_BATCH_SIZE,
    maxBatchingWindowSeconds: optionalNumber(props.MaximumBatchingWindowInSeconds) ?? 0,
    reportBatchItemFailures: asArray(props.FunctionResponseTypes).includes(
      'ReportBatchItemFailures',
    ),
    ...(maxConcurrency ? { maxConcurrency } : {}),
  };
};

/** Whether an event source ARN refers to an SQS queue of the template. */
const readsQueue = (template: CfnTemplate, arn: unknown): boolean => {
  const id = referencedId(arn);
  return id !== undefined && template.Resources[id]?.Type === 'AWS::SQS::Queue';
};

const readEnvValue = (name: string, value: unknown): EnvValue => {
  if (typeof value === 'string' || typeof value === 'number')
    return { kind: 'literal', value: String(value) };
  const ref = refTarget(value);
  if (ref) return { kind: 'ref', logicalId: ref };
  const att = getAttTarget(value);
  if (att) return { kind: 'ref', logicalId: att.logicalId, attribute: att.attribute };
  throw new TemplateError(
    `Environment variable ${name} has a value the local stack cannot resolve.`,
  );
};

export const readFunction = (
  template: CfnTemplate,
  logicalId: string,
  cdkOutDir: string,
): FunctionWiring => {
  const resource = template.Resources[logicalId];
  if (resource?.Type !== 'AWS::Lambda::Function')
    throw new TemplateError(`The event source's function ${logicalId} is not in the template.`);
  const props = propertiesOf(resource);
  const s3Key = asRecord(props.Code).S3Key;
  const hash = typeof s3Key === 'string' ? ASSET_KEY.exec(s3Key)?.[1] : undefined;
  if (!hash) throw new TemplateError(`Function ${logicalId} has no bundled asset (Code.S3Key).`);
  const handler = typeof props.Handler === 'string' ? props.Handler : '';
  const dot = handler.lastIndexOf('.');
  if (dot <= 0)
    throw new TemplateError(`Function ${logicalId} has no Handler of the form file.export.`);
  const variables = asRecord(asRecord(props.Environment).Variables);
  return {
    logicalId,
    assetDir: path.join(cdkOutDir, `asset.${hash}`),
    handlerModule: handler.slice(0, dot),
    handlerExport: handler.slice(dot + 1),
    runtime: String(props.Runtime ?? 'nodejs'),
    timeoutSeconds: optionalNumber(props.Timeout) ?? DEFAULT_FUNCTION_TIMEOUT_SECONDS,
    memoryMb: optionalNumber(props.MemorySize) ?? DEFAULT_FUNCTION_MEMORY_MB,
    environment: Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [name, readEnvValue(name, value)]),
    ),
  };
};
