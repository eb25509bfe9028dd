import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { EventBridgeApi } from './eventbridge-api.ts';

/** `EventBridgeApi` over the SDK's client, for local tools and tests. */
export const sdkEventBridgeApi = (client: EventBridgeClient): EventBridgeApi => ({
  putEvents: async (entries) => {
    const { Entries } = await client.send(new PutEventsCommand({ Entries: entries }));
    return { Entries };
  },
});
