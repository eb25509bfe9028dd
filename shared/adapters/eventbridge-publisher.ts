import { CHANGE_EVENT_SOURCE, type ChangeEvent } from '../changes/change-event.ts';
import type { ChangePublisher } from '../changes/ports.ts';
import { TransientError } from '../domain/errors.ts';
import type { EventBridgeApi, PutEventsEntry, PutEventsResultEntry } from './eventbridge-api.ts';

/** PutEvents takes at most ten entries a call. */
export const PUT_EVENTS_MAX_ENTRIES = 10;

/** A change event as a PutEvents entry on `busName`: source, detail-type, JSON detail, time. */
export const putEventsEntryOf = (event: ChangeEvent, busName: string): PutEventsEntry => ({
  EventBusName: busName,
  Source: CHANGE_EVENT_SOURCE,
  DetailType: event.detailType,
  Detail: JSON.stringify(event.detail),
  Time: new Date(event.detail.changedAt),
});

/**
 * The stack's EventBridge bus as the change publisher: one PutEvents per batch. An entry
 * answered with an ErrorCode (throttled, internal) was not taken; a call that fails as a
 * whole is a TransientError.
 */
export const createEventBridgePublisher = (
  client: EventBridgeApi,
  busName: string,
): ChangePublisher => ({
  maxBatch: PUT_EVENTS_MAX_ENTRIES,
  async put(events) {
    if (events.length === 0) return [];
    let response: { Entries?: PutEventsResultEntry[] };
    try {
      response = await client.putEvents(events.map((event) => putEventsEntryOf(event, busName)));
    } catch (error) {
      throw new TransientError(`PutEvents to ${busName} failed`, { cause: error });
    }
    // Entries answer the request's entries in order; a missing answer is no proof of delivery.
    return events.map((_, index) => {
      const entry = response.Entries?.[index];
      return entry !== undefined && entry.ErrorCode === undefined && entry.EventId !== undefined;
    });
  },
});
