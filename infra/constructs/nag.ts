import { type Stack, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag acknowledgements, scoped to the narrowest construct that carries the
 * finding, so one never silences the same rule on a neighbour.
 */

/** Finding id -> the one-line reason it is acceptable here. */
export type Acknowledgements = Record<string, string>;

export function acknowledge(scope: IConstruct, findings: Acknowledgements): void {
  for (const [id, reason] of Object.entries(findings)) {
    Validations.of(scope).acknowledge({ id, reason });
  }
}

/** AwsSolutions-IAM4 on a role that uses AWS's basic Lambda execution policy (logs only). */
export const BASIC_EXECUTION_ROLE_FINDING =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

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
