import { type Comparison, compareTable } from './compare-table.ts';
import { expectedTable, type ObservedEvent } from './expected-model.ts';
import type { SeenRecord } from './queue-observer.ts';
import type { ScenarioContext } from './scenario.ts';

/** A real event as the model reads it: its change, and what its content becomes. */
const observedEventOf = (ctx: ScenarioContext, seen: SeenRecord): ObservedEvent | undefined => {
  const change = seen.eventName.startsWith('ObjectCreated:')
    ? ('created' as const)
    : seen.eventName.startsWith('ObjectRemoved:')
      ? ('removed' as const)
      : undefined;
  if (!change) return undefined;
  const outcome = change === 'created' ? ctx.data.outcomeOfETag(seen.eTag) : undefined;
  return { key: seen.key, change, sequencer: seen.sequencer, ...(outcome ? { outcome } : {}) };
};

export interface TableCheck {
  comparison: Comparison;
  /** Real S3 events of the scenario's keys. */
  realEvents: number;
  /** Object keys the scenario wrote. */
  keys: number;
  /** Keys left out of the comparison: the bucket cannot serve their object. */
  unreadable: string[];
}

/** Reads the bucket, the real events and the table under `prefix`, and compares them. */
export const checkTable = async (ctx: ScenarioContext, prefix: string): Promise<TableCheck> => {
  ctx.observer.poll();
  const events = ctx.observer
    .realEvents(prefix)
    .map((seen) => observedEventOf(ctx, seen))
    .filter((event): event is ObservedEvent => event !== undefined);
  const { present, unreadable } = await ctx.data.present(prefix);
  const readable = (record: { key: string }) => !unreadable.includes(record.key);
  const bucket = ctx.harness.info.articlesBucket;
  const expected = expectedTable({ bucket, events: events.filter(readable), present });
  const actual = (await ctx.data.records(prefix)).filter(readable);
  const keys = new Set([...events.map((e) => e.key), ...present.keys()]);
  return {
    comparison: compareTable(expected, actual),
    realEvents: events.length,
    keys: keys.size,
    unreadable,
  };
};
