import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createEventBridgePublisher } from '#shared/adapters/eventbridge-publisher.ts';
import { loadConfig } from './config.ts';
import type { PublishHandlerDeps } from './create-publish-handler.ts';

/**
 * Wired once per cold start. The client is built with `{}`: region, credentials and the
 * endpoint (`AWS_ENDPOINT_URL_EVENTBRIDGE` in the local stack) come from the environment.
 * The Tracer makes each PutEvents call an X-Ray subsegment on Lambda; outside it
 * (`AWS_EXECUTION_ENV` unset) it is off and hands the client back untouched.
 */
const config = loadConfig();
// The EventBridge client is the function's only outgoing call: no global HTTP patching needed.
const tracer = new Tracer({ serviceName: 'publish', captureHTTPsRequests: false });
const eventBridge = tracer.captureAWSv3Client(new EventBridgeClient({}));

export const deps: PublishHandlerDeps = {
  publisher: createEventBridgePublisher(eventBridge, config.eventBusName),
  context: { tableName: config.tableName },
  logger: new Logger({ serviceName: 'publish' }),
};
