import {
  asArray,
  asRecord,
  type CfnTemplate,
  getAttTarget,
  optionalNumber,
  propertiesOf,
  referencedId,
  resourcesOfType,
  TemplateError,
} from './cfn.ts';
import { physicalNameFor } from './local-name.ts';
import { readFunction } from './read-compute.ts';
import type { FunctionWiring, TableWiring } from './wiring.ts';

/** Lambda's defaults for a DynamoDB stream event source. */
const DEFAULT_STREAM_BATCH_SIZE = 100;
/** -1: retry until the record expires, as Lambda does when none is set. */
const RETRY_UNTIL_EXPIRED = -1;

/** The table stream -> function mapping, the function it invokes and the bus it publishes to. */
export interface StreamSourceWiring {
  /** The publish function; its bus reference is already the local bus's name. */
  fn: FunctionWiring;
  /** The local name of the EventBridge bus the function's environment names. */
  busName: string;
  batchSize: number;
  reportBatchItemFailures: boolean;
  bisectOnError: boolean;
  /** How often a failing batch is retried before it is given up (-1: until it expires). */
  maxRetryAttempts: number;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
}

/**
 * The mapping that reads `table`'s stream, when the template has one (a template from
 * before change events has none, and the local stack then publishes nothing).
 */
export const readStreamSource = (
  template: CfnTemplate,
  cdkOutDir: string,
  table: TableWiring,
): StreamSourceWiring | undefined => {
  const mapping = resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').find(
    ([, resource]) => {
      const target = getAttTarget(propertiesOf(resource).EventSourceArn);
      return target?.logicalId === table.logicalId && target.attribute === 'StreamArn';
    },
  );
  if (!mapping) return undefined;
  const [logicalId, resource] = mapping;
  const props = propertiesOf(resource);
  const functionLogicalId = referencedId(props.FunctionName);
  if (!functionLogicalId)
    throw new TemplateError(`Stream event source ${logicalId} names no function.`);
  const fn = readFunction(template, functionLogicalId, cdkOutDir);
  const bus = busOf(template, fn);
  return {
    fn: {
      ...fn,
      environment: Object.fromEntries(
        Object.entries(fn.environment).map(([name, value]) => [
          name,
          value.kind === 'ref' && value.logicalId === bus.logicalId
            ? { kind: 'literal', value: bus.name }
            : value,
        ]),
      ),
    },
    busName: bus.name,
    batchSize: optionalNumber(props.BatchSize) ?? DEFAULT_STREAM_BATCH_SIZE,
    reportBatchItemFailures: asArray(props.FunctionResponseTypes).includes(
      'ReportBatchItemFailures',
    ),
    bisectOnError: props.BisectBatchOnFunctionError === true,
    maxRetryAttempts: optionalNumber(props.MaximumRetryAttempts) ?? RETRY_UNTIL_EXPIRED,
    startingPosition: props.StartingPosition === 'LATEST' ? 'LATEST' : 'TRIM_HORIZON',
  };
};

/** The one EventBridge bus the function's environment refers to. */
const busOf = (template: CfnTemplate, fn: FunctionWiring): { logicalId: string; name: string } => {
  for (const value of Object.values(fn.environment)) {
    if (value.kind !== 'ref') continue;
    const resource = template.Resources[value.logicalId];
    if (resource?.Type === 'AWS::Events::EventBus') {
      const name = asRecord(resource.Properties).Name;
      return { logicalId: value.logicalId, name: physicalNameFor(value.logicalId, name) };
    }
  }
  throw new TemplateError(`Function ${fn.logicalId} reads the stream but names no event bus.`);
};
