import { Logger } from '@aws-lambda-powertools/logger';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';
import { createEventBridgePublisher } from '#shared/adapters/eventbridge-publisher.ts';
import { awsEnvironment, loadConfig } from './config.ts';
import type { PublishHandlerDeps } from './create-publish-handler.ts';

/**
 * Wired once per cold start. The EventBridge client is the light HTTP one
 * (shared/adapters/aws-http: no AWS SDK in the bundle): region, credentials and the
 * endpoint (`AWS_ENDPOINT_URL_EVENTBRIDGE` in the local stack) come from the environment.
 */
const config = loadConfig();

export const deps: PublishHandlerDeps = {
  publisher: createEventBridgePublisher(
    httpAwsClients(awsEnvironment()).eventBridge(),
    config.eventBusName,
  ),
  context: { tableName: config.tableName },
  logger: new Logger({ serviceName: 'publish' }),
};
