import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { printable } from '../command-line/printable.ts';
import type { CfnTemplate } from '../template/cfn.ts';
import { readStreamSource } from '../template/read-stream-source.ts';
import type { LocalWiring } from '../template/wiring.ts';
import { createIngestFunction, type FunctionEndpoints } from './ingest-function.ts';
import { startLocalBus } from './local-bus.ts';
import { createStreamSource } from './stream-source.ts';

export interface ChangeEventsParts {
  template: CfnTemplate;
  cdkOutDir: string;
  wiring: LocalWiring;
  endpoints: FunctionEndpoints;
  dynamo: DynamoDBClient;
  dataDir: string;
  log: (line: string) => void;
}

/**
 * The template's change-event path on this machine: the table's stream read from
 * DynamoDB Local, the same bundled publish function, and the local bus with its journal.
 * Returns how to stop it, or undefined when the template has no stream mapping.
 */
export const startChangeEvents = async (
  parts: ChangeEventsParts,
): Promise<(() => Promise<void>) | undefined> => {
  const { wiring, endpoints, dataDir, log } = parts;
  const stream = readStreamSource(parts.template, parts.cdkOutDir, wiring.table);
  if (!stream) return undefined;
  const bus = await startLocalBus({
    busName: stream.busName,
    region: endpoints.region,
    dataDir,
    onEvent: (event) => {
      const detail = event.detail as { key?: unknown };
      log(`event ${event['detail-type']} ${printable(String(detail.key ?? ''))}`);
    },
  });
  const host = createIngestFunction({ ...wiring, fn: stream.fn }, endpoints, dataDir, {
    AWS_ENDPOINT_URL_EVENTBRIDGE: bus.endpoint,
  });
  const source = createStreamSource({
    wiring: stream,
    tableName: wiring.table.name,
    dynamo: parts.dynamo,
    dynamoEndpoint: endpoints.dynamoEndpoint,
    region: endpoints.region,
    host,
    dataDir,
    log,
  });
  source.start();
  log(`change events on local bus ${stream.busName} (npx article-ingest events --follow)`);
  return async () => {
    await source.stop();
    await host.stop();
    await bus.stop();
  };
};
