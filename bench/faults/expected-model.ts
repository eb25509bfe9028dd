import { articleIdFor, itemArticleIdFor } from '#shared/domain/article-id.ts';
import { sequencerKey } from '#shared/domain/object-ref.ts';
import type { FixtureOutcome } from './fixtures.ts';

/**
 * The model of the table a correct pipeline leaves: for each key, the last S3 write (in
 * sequencer order) decides, and the bucket's final state says what that write was.
 * Pure: real events and the bucket's contents in, expected records out.
 */

/** One real S3 event (replays are the same event; forged ones are not real). */
export interface ObservedEvent {
  key: string;
  change: 'created' | 'removed';
  sequencer: string;
  /** What the uploaded content becomes, when the create's content is known (by eTag). */
  outcome?: FixtureOutcome;
}

export type ExpectedStatus = 'ingested' | 'rejected' | 'removed' | 'container';

export interface ExpectedRecord {
  articleId: string;
  key: string;
  itemKey?: string;
  status: ExpectedStatus;
  /**
   * The sequencer the record must carry: the key's last event. Absent when no seen event
   * made the bucket's final state (a write whose event was lost), or for an article an
   * earlier version of a file held, whose tombstone keeps the sequencer that retired it.
   */
  sequencer?: string;
  /** May be absent: the tombstone of an article an earlier version held, maybe never written. */
  optional: boolean;
}

export interface ModelInput {
  bucket: string;
  /** Every real event of the keys in scope, in any order, repeats allowed. */
  events: readonly ObservedEvent[];
  /** The objects in the bucket at the end (key -> what its content becomes). */
  present: ReadonlyMap<string, FixtureOutcome>;
}

const bySequencer = (a: ObservedEvent, b: ObservedEvent) =>
  sequencerKey(a.sequencer).localeCompare(sequencerKey(b.sequencer));

const itemKeysOf = (outcome: FixtureOutcome | undefined): string[] =>
  outcome?.status === 'container' ? outcome.itemKeys : [];

/** The articles any version of the file held: each needs a tombstone once dropped. */
const everHeldItems = (events: readonly ObservedEvent[], final?: FixtureOutcome): Set<string> =>
  new Set([...events.flatMap((e) => itemKeysOf(e.outcome)), ...itemKeysOf(final)]);

/** The expected records of one key: its file record, its articles, their tombstones. */
export const expectedForKey = (
  bucket: string,
  key: string,
  events: readonly ObservedEvent[],
  final: FixtureOutcome | undefined,
): ExpectedRecord[] => {
  const last = [...events].sort(bySequencer).at(-1);
  const fileId = articleIdFor(bucket, key);
  const madeBy = (change: ObservedEvent['change']) =>
    last?.change === change ? { sequencer: last.sequencer } : {};
  const file: ExpectedRecord = final
    ? { articleId: fileId, key, status: final.status, ...madeBy('created'), optional: false }
    : { articleId: fileId, key, status: 'removed', ...madeBy('removed'), optional: false };
  const live = new Set(itemKeysOf(final));
  const items = [...everHeldItems(events, final)].map(
    (itemKey): ExpectedRecord =>
      live.has(itemKey)
        ? {
            articleId: itemArticleIdFor(fileId, itemKey),
            key,
            itemKey,
            status: 'ingested',
            ...(file.sequencer ? { sequencer: file.sequencer } : {}),
            optional: false,
          }
        : {
            articleId: itemArticleIdFor(fileId, itemKey),
            key,
            itemKey,
            status: 'removed',
            optional: true,
          },
  );
  return [file, ...items];
};

/** The whole expected table for the keys the events or the bucket name. */
export const expectedTable = (input: ModelInput): ExpectedRecord[] => {
  const byKey = new Map<string, ObservedEvent[]>();
  for (const event of input.events) byKey.set(event.key, [...(byKey.get(event.key) ?? []), event]);
  const keys = new Set([...byKey.keys(), ...input.present.keys()]);
  return [...keys]
    .sort()
    .flatMap((key) =>
      expectedForKey(input.bucket, key, byKey.get(key) ?? [], input.present.get(key)),
    );
};
