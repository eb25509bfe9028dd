import { Logger } from '@aws-lambda-powertools/logger';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createEventBridgePublisher } from '#shared/adapters/eventbridge-publisher.ts';
import { loadConfig } from './config.ts';
import type { PublishHandlerDeps } from './create-publish-handler.ts';

/**
 * Wired once per cold start. The client is built with `{}`: region, credentials and the
 * endpoint (`AWS_ENDPOINT_URL_EVENTBRIDGE` in the local stack) come from the environment.
 */
const config = loadConfig();

export const deps: PublishHandlerDeps = {
  publisher: createEventBridgePublisher(new EventBridgeClient({}), config.eventBusName),
  context: { tableName: config.tableName },
  logger: new Logger({ serviceName: 'publish' }),
};
