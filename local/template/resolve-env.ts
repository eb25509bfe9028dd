import { TemplateError } from './cfn.ts';
import type { LocalWiring } from './wiring.ts';

/** The account id local ARNs carry (the one AWS documentation uses for examples). */
export const LOCAL_ACCOUNT = '000000000000';

export interface LocalEndpoints {
  region: string;
  /** Base URL local queue URLs hang off (the control server). */
  queueBaseUrl: string;
}

/** What `Ref` / `Fn::GetAtt` of one resource gives locally, per CloudFormation's rules. */
const resolveRef = (
  wiring: LocalWiring,
  endpoints: LocalEndpoints,
  logicalId: string,
  attribute: string | undefined,
): string => {
  const { region } = endpoints;
  const bucket = wiring.buckets.find((b) => b.logicalId === logicalId);
  if (bucket) {
    if (attribute === 'Arn') return `arn:aws:s3:::${bucket.name}`;
    return bucket.name;
  }
  if (wiring.table.logicalId === logicalId) {
    const arn = `arn:aws:dynamodb:${region}:${LOCAL_ACCOUNT}:table/${wiring.table.name}`;
    return attribute === 'Arn' ? arn : wiring.table.name;
  }
  const queue = wiring.queues[logicalId];
  if (queue) {
    if (attribute === 'Arn') return `arn:aws:sqs:${region}:${LOCAL_ACCOUNT}:${queue.name}`;
    if (attribute === 'QueueName') return queue.name;
    return `${endpoints.queueBaseUrl}/queues/${queue.name}`;
  }
  throw new TemplateError(
    `The function's environment refers to ${logicalId}, which the local stack does not run.`,
  );
};

/** The function's environment variables with every reference resolved to local names. */
export const resolveEnvironment = (
  wiring: LocalWiring,
  endpoints: LocalEndpoints,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(wiring.fn.environment).map(([name, value]) => [
      name,
      value.kind === 'literal'
        ? value.value
        : resolveRef(wiring, endpoints, value.logicalId, value.attribute),
    ]),
  );
