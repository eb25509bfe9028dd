import type { EventBridgeApi, PutEventsResultEntry } from '../eventbridge-api.ts';
import type { AwsTarget } from './aws-target.ts';
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
export const httpEventBridgeApi = (target: () => AwsTarget): EventBridgeApi => ({
  async putEvents(entries) {
    const payload = JSON.stringify({
      Entries: entries.map(({ Time, ...entry }) => ({
        ...entry,
        ...(Time !== undefined && { Time: Time.getTime() / 1000 }),
      })),
    });
    const answer = (await callJson(target(), EVENTBRIDGE, 'PutEvents', payload)) as {
      Entries?: PutEventsResultEntry[];
    };
    return { Entries: answer.Entries };
  },
});
