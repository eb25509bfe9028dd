import { RemovalPolicy } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/** `cdk deploy -c destroyData=true`: a throwaway stack whose data goes with it. */
export const DESTROY_DATA_CONTEXT_KEY = 'destroyData';

/**
 * What happens to stored data (buckets, table, logs) when the stack is deleted:
 * retained by default, destroyed only when the context flag says so.
 */
export function dataRemovalPolicy(scope: Construct): RemovalPolicy {
  const flag: unknown = scope.node.tryGetContext(DESTROY_DATA_CONTEXT_KEY);
  const destroy = flag === true || flag === 'true';
  return destroy ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
}
