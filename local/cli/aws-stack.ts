import {
  CloudFormationClient,
  DescribeStacksCommand,
  type DescribeStacksCommandOutput,
} from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { createDocumentClient } from '#shared/adapters/dynamo-document-client.ts';
import { StackInfo } from '../stack/stack-file.ts';
import { describeAwsError } from './aws-errors.ts';
import { CliError } from './cli-error.ts';
import type { StackClients } from './stack.ts';

/**
 * A deployed stack, in the local stack file's own terms (region, buckets, table) so that
 * commands read either alike, plus the queues only AWS names by URL.
 */
export const DeployedStackInfo = StackInfo.pick({
  region: true,
  articlesBucket: true,
  contentBucket: true,
  tableName: true,
}).extend({
  stackName: z.string(),
  ingestQueueUrl: z.string(),
  deadLetterQueueUrl: z.string(),
});
export type DeployedStackInfo = z.infer<typeof DeployedStackInfo>;

/** Which CloudFormation output (infra/ingest-stack.ts) fills which field. */
const OUTPUT_FIELDS = {
  ArticlesBucketName: 'articlesBucket',
  ContentBucketName: 'contentBucket',
  ArticlesTableName: 'tableName',
  IngestQueueUrl: 'ingestQueueUrl',
  DeadLetterQueueUrl: 'deadLetterQueueUrl',
} as const satisfies Record<string, keyof DeployedStackInfo>;

/** A stack being deleted, or one whose creation rolled back, has no resources to talk to. */
const GONE_STATUS = /^(DELETE_|ROLLBACK_COMPLETE$|ROLLBACK_FAILED$)/;
const MISSING_STACK = /does not exist/;

/** Maps DescribeStacks' answer to the stack's resources; a stack without them is exit 1. */
export const deployedStackInfo = (
  stackName: string,
  region: string,
  answer: Pick<DescribeStacksCommandOutput, 'Stacks'>,
): DeployedStackInfo => {
  const stack = answer.Stacks?.[0];
  if (!stack) throw new CliError(`No stack named ${stackName} in ${region}.`);
  const status = stack.StackStatus ?? '';
  if (GONE_STATUS.test(status)) {
    throw new CliError(`The stack ${stackName} is ${status}: it has no resources to use.`);
  }
  const outputs = new Map((stack.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  const missing = Object.keys(OUTPUT_FIELDS).filter((name) => !outputs.get(name));
  if (missing.length > 0) {
    throw new CliError(
      `The stack ${stackName} has no output ${missing.join(', ')}: is it an article-ingest stack of this version (deploy it again)?`,
    );
  }
  const fields = Object.entries(OUTPUT_FIELDS).map(([output, field]) => [
    field,
    outputs.get(output),
  ]);
  return DeployedStackInfo.parse({ stackName, region, ...Object.fromEntries(fields) });
};

/** Only the call this module makes, so a test can answer it with a recorded response. */
export interface DescribeStacks {
  send: (command: DescribeStacksCommand) => Promise<Pick<DescribeStacksCommandOutput, 'Stacks'>>;
  config: { region: () => Promise<string> };
}

/** Looks the stack up by name; a missing stack or a refusal from AWS is one sentence. */
export const discoverStack = async (
  cloudFormation: DescribeStacks,
  stackName: string,
): Promise<DeployedStackInfo> => {
  try {
    const region = await cloudFormation.config.region();
    const answer = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    return deployedStackInfo(stackName, region, answer);
  } catch (error) {
    if (
      error instanceof Error &&
      error.name === 'ValidationError' &&
      MISSING_STACK.test(error.message)
    ) {
      throw new CliError(
        `No stack named ${stackName}, or these credentials cannot see it (check --region).`,
        1,
        { cause: error },
      );
    }
    throw describeAwsError(error, `the stack ${stackName}`, 'CloudFormation');
  }
};

/**
 * Clients for a deployed stack: credentials from the usual AWS environment, the region
 * from --region or that environment; buckets, table and queues from the stack's outputs.
 */
export const connectAwsStack = async (
  stackName: string,
  region: string | undefined,
): Promise<StackClients> => {
  const cloudFormation = new CloudFormationClient(region === undefined ? {} : { region });
  let info: DeployedStackInfo;
  try {
    info = await discoverStack(cloudFormation, stackName);
  } finally {
    cloudFormation.destroy();
  }
  const s3 = new S3Client({ region: info.region });
  const db = createDocumentClient(new DynamoDBClient({ region: info.region }));
  return { info, s3, db };
};
