/** The process environment, or the part of it a test hands in. */
export type AwsEnv = Readonly<Record<string, string | undefined>>;

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * The function's credentials as Lambda provides them: the execution role's keys and
 * session token in the environment. Nothing else is looked for (no profile, no instance
 * metadata): a missing key is a wiring fault, said at init.
 */
export const credentialsFrom = (env: AwsEnv): AwsCredentials => {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) {
    throw new Error(
      'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are required to sign AWS requests',
    );
  }
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    ...(AWS_SESSION_TOKEN ? { sessionToken: AWS_SESSION_TOKEN } : {}),
  };
};

/** The region Lambda sets (`AWS_REGION`), or the older `AWS_DEFAULT_REGION`. */
export const regionFrom = (env: AwsEnv): string => {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) throw new Error('AWS_REGION is required to sign AWS requests');
  return region;
};
