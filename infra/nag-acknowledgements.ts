import { type Stack, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { IConstruct } from 'constructs';
import { inventoryBucketName } from './constructs/backfill-inventory.ts';

/**
 * Every cdk-nag (AwsSolutions) finding the stack accepts, with the reason, in one place:
 * the stack's constructor builds the architecture and calls this last, once all grants
 * and CDK's helper resources exist. Each acknowledgement is scoped to the narrowest
 * construct that carries the finding, so it never silences the same rule on a neighbour.
 */

/** The constructs of the stack that carry an accepted finding. */
export interface AcknowledgedResources {
  /** The bucket that receives the other buckets' server access logs. */
  readonly accessLogs: IConstruct;
  /** The ingest function, after all its grants have been made. */
  readonly ingest: IFunction;
  /** The backfill state machine, when -c backfillStateMachine=true adds it. */
  readonly backfill?: StateMachine;
  /** The publish function (after its grants) and the queue its stream mapping fails to. */
  readonly publish: IFunction;
  readonly publishFailures: IConstruct;
}

/** Finding id -> the one-line reason it is acceptable here. */
type Acknowledgements = Record<string, string>;

/** AwsSolutions-IAM4 on a role that uses AWS's basic Lambda execution policy (logs only). */
const BASIC_EXECUTION_ROLE_FINDING =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

export function acknowledgeNagFindings(stack: Stack, resources: AcknowledgedResources): void {
  const { accessLogs, ingest, backfill, publish, publishFailures } = resources;

  acknowledge(accessLogs, {
    'AwsSolutions-S1': 'This is the access-log target; logging it to itself would loop.',
  });

  acknowledge(notificationsHandlerRoleOf(stack), {
    [BASIC_EXECUTION_ROLE_FINDING]: "CDK's deploy-time notifications handler only writes logs.",
  });

  acknowledge(ingest, {
    'AwsSolutions-L1': 'Node 22 is pinned by the project (issue 2); 24 is a deliberate upgrade.',
  });
  acknowledge(executionRoleOf(ingest), {
    [BASIC_EXECUTION_ROLE_FINDING]: 'CloudWatch Logs writes only, for its own log group.',
  });

  // The ingest function's grants, in the order the stack makes them: tracing,
  // ArticlesBucket (read), ArticlesTable (read/write), ContentBucket (put).
  acknowledge(grantPolicyOf(ingest), {
    'AwsSolutions-IAM5[Resource::*]': 'X-Ray trace writes allow no resource-level scoping.',
    'AwsSolutions-IAM5[Action::s3:GetObject*]': 'grantRead: GetObject(Version), read-only.',
    'AwsSolutions-IAM5[Action::s3:GetBucket*]': 'grantRead: metadata of ArticlesBucket only.',
    'AwsSolutions-IAM5[Action::s3:List*]': 'ListBucket makes a vanished object 404, not 403.',
    'AwsSolutions-IAM5[Resource::<ArticlesBucket.Arn>/*]': 'Uploads may use any key.',
    'AwsSolutions-IAM5[Resource::<ArticlesTable.Arn>/index/*]': "This table's own indexes only.",
    'AwsSolutions-IAM5[Action::s3:Abort*]': 'grantPut: abort its own multipart uploads.',
    'AwsSolutions-IAM5[Resource::<ContentBucket.Arn>/*]': 'Bodies are keyed by article id.',
  });

  acknowledgePublish(publish, publishFailures);
  if (backfill) acknowledgeBackfill(backfill);
}

/**
 * The publish function's grants are GetRecords on ArticlesTable's stream, PutEvents on
 * ChangeEventBus and SendMessage on PublishFailureQueue, each on that one resource.
 */
function acknowledgePublish(publish: IFunction, failures: IConstruct): void {
  acknowledge(publish, {
    'AwsSolutions-L1': 'Node 22 is pinned by the project (issue 2), as for the ingest function.',
  });
  acknowledge(executionRoleOf(publish), {
    [BASIC_EXECUTION_ROLE_FINDING]: 'CloudWatch Logs writes only, for its own log group.',
  });
  acknowledge(grantPolicyOf(publish), {
    'AwsSolutions-IAM5[Resource::*]':
      'X-Ray trace writes and dynamodb:ListStreams (the stream mapping) take no resource scoping.',
  });
  acknowledge(failures, {
    'AwsSolutions-SQS3':
      "This queue is the stream mapping's on-failure destination: it is the dead-letter queue.",
  });
}

/**
 * The backfill state machine's grants are ListBucket on ArticlesBucket and SendMessage on
 * IngestQueue, each on that one resource, and with -c backfillInventoryBucket GetObject on
 * that bucket's objects; what remains are the grants CDK makes for logging, tracing and
 * the Distributed Map's own child executions.
 */
function acknowledgeBackfill(backfill: StateMachine): void {
  const policy = backfill.role.node.tryFindChild('DefaultPolicy');
  if (policy === undefined) throw new Error(`${backfill.node.path} has no grant policy`);
  const inventory = inventoryBucketName(backfill);
  acknowledge(policy, {
    'AwsSolutions-IAM5[Resource::*]':
      'Log delivery (logs: ALL) and X-Ray trace APIs take no resource-level scoping.',
    ...(inventory !== undefined && {
      [`AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${inventory}/*]`]:
        "A run names its inventory report's manifest; the report's files are named in it.",
    }),
  });
  const mapPolicy = backfill.node.tryFindChild('DistributedMapPolicy');
  if (mapPolicy === undefined) throw new Error(`${backfill.node.path} has no map policy`);
  const executions =
    'arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"BackfillStateMachine"}]}]}';
  acknowledge(mapPolicy, {
    [`AwsSolutions-IAM5[Resource::${executions}:*]`]:
      'The map describes and stops its own child executions, whose names Step Functions picks.',
    [`AwsSolutions-IAM5[Resource::${executions}/Backfill:*]`]:
      "The map redrives its own runs' child executions only.",
    ...(inventory !== undefined && {
      [`AwsSolutions-IAM5[Resource::${executions}/BackfillInventory:*]`]:
        "The inventory map redrives its own runs' child executions only.",
    }),
  });
}

function acknowledge(scope: IConstruct, findings: Acknowledgements): void {
  for (const [id, reason] of Object.entries(findings)) {
    Validations.of(scope).acknowledge({ id, reason });
  }
}

/** The role a function runs as (a `PipelineFunction` always creates its own). */
function executionRoleOf(fn: IFunction): IConstruct {
  if (fn.role === undefined) throw new Error(`${fn.node.path} has no execution role`);
  return fn.role;
}

/** The inline policy that a function's grants are written into. */
function grantPolicyOf(fn: IFunction): IConstruct {
  const policy = executionRoleOf(fn).node.tryFindChild('DefaultPolicy');
  if (policy === undefined) throw new Error(`${fn.node.path} has no grant policy yet`);
  return policy;
}

/** Id prefix of the singleton Lambda that CDK adds to configure bucket notifications. */
const NOTIFICATIONS_HANDLER_ID_PREFIX = 'BucketNotificationsHandler';

/** The execution role of CDK's bucket-notifications handler (one per stack). */
function notificationsHandlerRoleOf(stack: Stack): IConstruct {
  const handler = stack.node.children.find((child) =>
    child.node.id.startsWith(NOTIFICATIONS_HANDLER_ID_PREFIX),
  );
  const role = handler?.node.tryFindChild('Role');
  if (role === undefined) throw new Error(`${stack.node.path} has no bucket-notifications handler`);
  return role;
}
