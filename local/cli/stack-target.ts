import type { DeployedStackInfo } from './aws-stack.ts';
import { usageError } from './cli-error.ts';
import type { LocalStackClients, StackClients } from './stack.ts';

/** The global options that say which stack a command talks to. */
export interface StackOptions {
  'data-dir'?: string;
  target?: string;
  stack?: string;
  region?: string;
}

/** The local stack `npm start` runs, or a deployed one found by its CloudFormation name. */
export type StackPlace =
  | { kind: 'local'; dataDir: string | undefined }
  | { kind: 'aws'; stackName: string; region: string | undefined };

/** CloudFormation's own rule for a stack name. */
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** Reads the target options; a wrong combination is a usage error (exit 2). */
export const stackPlaceOf = (options: StackOptions): StackPlace => {
  const { target = 'local', stack, region } = options;
  if (target !== 'local' && target !== 'aws') {
    throw usageError(`--target is local or aws, not '${target}'.`);
  }
  if (target === 'local') {
    if (stack !== undefined || region !== undefined) {
      throw usageError('--stack and --region go with --target aws.');
    }
    return { kind: 'local', dataDir: options['data-dir'] };
  }
  if (options['data-dir'] !== undefined)
    throw usageError('--data-dir is for the local stack only.');
  if (stack === undefined) throw usageError('--target aws needs --stack NAME.');
  if (!STACK_NAME.test(stack)) throw usageError(`'${stack}' is not a CloudFormation stack name.`);
  if (region !== undefined && !REGION.test(region)) {
    throw usageError(`'${region}' is not an AWS region name (like eu-west-1).`);
  }
  return { kind: 'aws', stackName: stack, region };
};

export const isAwsTarget = (options: StackOptions): boolean => stackPlaceOf(options).kind === 'aws';

/**
 * For what exists only in the local stack (its event journal, its control API): on AWS
 * it is a usage error that says so, before anything is read or sent.
 */
export const refuseOnAws = (options: StackOptions, sentence: string): void => {
  if (isAwsTarget(options)) throw usageError(sentence);
};

/** True for a deployed stack found by --target aws (its outputs name the queues). */
export const isDeployedStack = (info: StackClients['info']): info is DeployedStackInfo =>
  'stackName' in info;

/** The local stack's clients; a deployed stack here is a usage error naming `what`. */
export const localClients = (clients: StackClients, what: string): LocalStackClients => {
  if (isDeployedStack(clients.info)) throw usageError(`${what} works on the local stack only.`);
  return clients as LocalStackClients;
};
