import type { Template } from 'aws-cdk-lib/assertions';

/** Small readers over a synthesized template, for assertions Match cannot express. */

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

export const resourceById = (template: Template, logicalId: string): CfnResource => {
  const resources = template.toJSON().Resources as Record<string, CfnResource>;
  const resource = resources[logicalId];
  if (resource === undefined) throw new Error(`no resource ${logicalId} in the template`);
  return resource;
};

export const propertiesOf = (template: Template, logicalId: string): Record<string, unknown> =>
  resourceById(template, logicalId).Properties ?? {};

export const actionsOf = (statement: PolicyStatement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];

/** The statements of the inline policies attached to a function's execution role. */
export const roleStatementsOf = (template: Template, functionId: string): PolicyStatement[] => {
  const role = propertiesOf(template, functionId).Role as { 'Fn::GetAtt': [string, string] };
  const roleId = role['Fn::GetAtt'][0];
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: roleId }] },
  }) as Record<string, CfnResource>;
  return Object.values(policies).flatMap((policy) => {
    const document = policy.Properties?.PolicyDocument as { Statement: PolicyStatement[] };
    return document.Statement;
  });
};

/** Whether a statement's Resource mentions the given logical id (Ref, GetAtt or Join). */
export const statementTargets = (statement: PolicyStatement, logicalId: string): boolean =>
  JSON.stringify(statement.Resource).includes(`"${logicalId}"`);
