import { type AwsEnv, credentialsFrom, regionFrom } from './aws-env.ts';
import { type AwsRequestOptions, createAwsSender, type SendAwsCall } from './aws-request.ts';
import { type AwsService, type Endpoint, endpointFor } from './endpoints.ts';

/** Where one service's calls go and how they are sent. */
export interface AwsTarget {
  send: SendAwsCall;
  endpoint: Endpoint;
  region: string;
}

export type HttpOptions = Omit<AwsRequestOptions, 'credentials' | 'region'>;

/**
 * A service's target, resolved from `env` on the first call and kept, as the SDK
 * resolves region and credentials: building the clients reads nothing, and a missing
 * variable fails the call that needs it, naming the variable.
 */
export const lazyTarget = (
  service: AwsService,
  env: AwsEnv,
  options: HttpOptions,
): (() => AwsTarget) => {
  let target: AwsTarget | undefined;
  return () => {
    if (target) return target;
    const region = regionFrom(env);
    const send = createAwsSender(service, {
      ...options,
      credentials: credentialsFrom(env),
      region,
    });
    target = { send, region, endpoint: endpointFor(service, region, env) };
    return target;
  };
};
