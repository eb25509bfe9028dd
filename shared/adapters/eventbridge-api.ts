/**
 * The one EventBridge call the publisher makes. Two implementations: `sdkEventBridgeApi`
 * (the SDK's client: local tools and tests) and `httpEventBridgeApi` (aws-http/: the
 * publish function).
 */
export interface PutEventsEntry {
  EventBusName?: string;
  Source: string;
  DetailType: string;
  Detail: string;
  Time?: Date;
  Resources?: string[];
}

/** Per entry, in request order: an EventId when taken, an ErrorCode when not. */
export interface PutEventsResultEntry {
  EventId?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
}

export interface EventBridgeApi {
  putEvents(entries: PutEventsEntry[]): Promise<{ Entries?: PutEventsResultEntry[] }>;
}
