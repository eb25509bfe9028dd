import type { EventBridgeApi, PutEventsResultEntry } from '../eventbridge-api.ts';
import type { SendAwsCall } from './aws-request.ts';
import type { Endpoint } from './endpoints.ts';
import { callJson, type JsonService } from './json-protocol.ts';

/** A PutEvents answer is one short entry per event (at most ten). */
const EVENTBRIDGE: JsonService = {
  service: 'EventBridge',
  targetPrefix: 'AWSEvents',
  version: '1.1',
  maxResponseBytes: 1024 * 1024,
};

/**
 * `EventBridgeApi` over EventBridge's JSON 1.1 protocol. `Time` travels as epoch seconds,
 * as the SDK sends timestamps in this protocol.
 */
export const httpEventBridgeApi = (send: SendAwsCall, endpoint: Endpoint): EventBridgeApi => ({
  async putEvents(entries) {
    const payload = JSON.stringify({
      Entries: entries.map(({ Time, ...entry }) => ({
        ...entry,
        ...(Time !== undefined && { Time: Time.getTime() / 1000 }),
      })),
    });
    const answer = (await callJson(send, endpoint, EVENTBRIDGE, 'PutEvents', payload)) as {
      Entries?: PutEventsResultEntry[];
    };
    return { Entries: answer.Entries };
  },
});
