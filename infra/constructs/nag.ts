import type { Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

/**
 * The narrowest constructs that cdk-nag findings can be acknowledged on, so an
 * acknowledgement never silences the same rule on a neighbour.
 */

/** The inline policy that a function's grants are written into. */
export function grantPolicyOf(fn: IFunction): IConstruct {
  const policy = fn.role?.node.tryFindChild('DefaultPolicy');
  if (policy === undefined) throw new Error(`${fn.node.path} has no grant policy yet`);
  return policy;
}

/** Id prefix of the singleton Lambda that CDK adds to configure bucket notifications. */
const NOTIFICATIONS_HANDLER_ID_PREFIX = 'BucketNotificationsHandler';

/** The execution role of CDK's bucket-notifications handler (one per stack). */
export function notificationsHandlerRoleOf(stack: Stack): IConstruct {
  const handler = stack.node.children.find((child) =>
    child.node.id.startsWith(NOTIFICATIONS_HANDLER_ID_PREFIX),
  );
  const role = handler?.node.tryFindChild('Role');
  if (role === undefined) throw new Error(`${stack.node.path} has no bucket-notifications handler`);
  return role;
}
