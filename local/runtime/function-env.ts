import { S3RVER_CREDENTIALS } from '../emulators/s3-server.ts';

export interface FunctionEnvInput {
  /** The template's variables, references already resolved to local names. */
  templateEnv: Record<string, string>;
  functionName: string;
  memoryMb: number;
  region: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
}

/**
 * The environment the function sees: what Lambda sets, the template's variables, and
 * the endpoints that point the unchanged SDK clients at the local emulators. Nothing
 * is inherited from the shell, as nothing is on Lambda.
 */
export const functionEnvironment = (input: FunctionEnvInput): Record<string, string> => ({
  TZ: 'UTC',
  AWS_REGION: input.region,
  AWS_DEFAULT_REGION: input.region,
  AWS_LAMBDA_FUNCTION_NAME: input.functionName,
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(input.memoryMb),
  AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${input.functionName}`,
  AWS_LAMBDA_LOG_STREAM_NAME: 'local',
  // s3rver accepts only its own keys; DynamoDB Local (-sharedDb) accepts any.
  AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
  AWS_ENDPOINT_URL_S3: input.s3Endpoint,
  AWS_ENDPOINT_URL_DYNAMODB: input.dynamoEndpoint,
  // No instance metadata service on a laptop: do not let the SDK wait for one.
  AWS_EC2_METADATA_DISABLED: 'true',
  ...(process.env.PATH ? { PATH: process.env.PATH } : {}),
  ...input.templateEnv,
});
