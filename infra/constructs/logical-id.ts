import { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Gives a resource its construct id as its CloudFormation logical id (no hash
 * suffix), so the template, the local stack and nag acknowledgements can name it.
 */
export function pinLogicalId(construct: IConstruct): void {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement)) {
    throw new Error(`${construct.node.path} has no CloudFormation resource to name`);
  }
  resource.overrideLogicalId(construct.node.id);
}
