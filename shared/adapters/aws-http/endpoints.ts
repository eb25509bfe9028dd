import type { AwsEnv } from './aws-env.ts';

/** The services the functions call, by the name their signatures use. */
export type AwsService = 's3' | 'dynamodb' | 'events';

export interface Endpoint {
  /** Scheme and host (and port), no trailing slash. */
  url: string;
  /** Set by AWS_ENDPOINT_URL(_<SERVICE>): an emulator or proxy, addressed path-style. */
  custom: boolean;
}

/** The service part of `AWS_ENDPOINT_URL_<SERVICE>`, as the SDKs name it. */
const ENV_NAMES: Record<AwsService, string> = {
  s3: 'AWS_ENDPOINT_URL_S3',
  dynamodb: 'AWS_ENDPOINT_URL_DYNAMODB',
  events: 'AWS_ENDPOINT_URL_EVENTBRIDGE',
};

/** China's partition has its own domain; every other region the functions run in is aws. */
export const dnsSuffixOf = (region: string): string =>
  region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';

/**
 * Where a service is reached: the service's own endpoint variable, then the global one
 * (as the SDKs read them), else the regional AWS endpoint.
 */
export const endpointFor = (service: AwsService, region: string, env: AwsEnv): Endpoint => {
  const configured = env[ENV_NAMES[service]] || env.AWS_ENDPOINT_URL;
  if (configured) return { url: configured.replace(/\/+$/, ''), custom: true };
  return { url: `https://${service}.${region}.${dnsSuffixOf(region)}`, custom: false };
};
