import type { Construct } from 'constructs';
import {
  AUTO_SCALING_TARGET_PERCENT,
  DEFAULT_TABLE_CAPACITY,
  TABLE_CAPACITY_MODES,
  type TableCapacityMode,
} from '#shared/domain/table-design.ts';
import { wholeNumberFromContext } from './throughput-context.ts';

/** The context key: `cdk deploy -c tableCapacity=provisioned`. */
export const TABLE_CAPACITY_CONTEXT = 'tableCapacity';

/** Capacity units auto scaling may set, for the table and for each index alike. */
export interface CapacityRange {
  readonly min: number;
  readonly max: number;
}

export type TableCapacity =
  | { readonly mode: 'on-demand' }
  | {
      readonly mode: 'provisioned';
      readonly write: CapacityRange;
      readonly read: CapacityRange;
      readonly targetPercent: number;
    };

/**
 * Bounds of provisioned capacity, per table and per index, each a context key. The
 * minimum is what an idle table pays for around the clock (5 units, the console's
 * default, on the table and each of its 7 indexes: about $23 a month of writes and
 * reads). The maxima cover the default throughput (docs/THROUGHPUT.md): 5 invocations
 * of 4 messages reach a few hundred seed-size articles a second, up to about 1,200
 * write units on the table (3 units an item) and one unit per article on each index;
 * median pages (4 units) at about 135 a second, about 550. Reads are 1 unit an article
 * on the table (the consistent get) and half a unit on each band index. A deployment
 * that raises `maxConcurrency` raises these with it: past the maximum, writes are
 * throttled (and retried, then the message).
 */
export const DEFAULT_PROVISIONED_CAPACITY = {
  write: { min: 5, max: 4_000 },
  read: { min: 5, max: 1_000 },
} as const;
/** DynamoDB's default account quota per table (and per index), in units. */
const MAX_UNITS = 40_000;

const CONTEXT_KEYS = {
  write: { min: 'tableMinWriteCapacity', max: 'tableMaxWriteCapacity' },
  read: { min: 'tableMinReadCapacity', max: 'tableMaxReadCapacity' },
} as const;

const rangeFromContext = (scope: Construct, kind: 'write' | 'read'): CapacityRange => {
  const keys = CONTEXT_KEYS[kind];
  const fallback = DEFAULT_PROVISIONED_CAPACITY[kind];
  const bounds = { min: 1, max: MAX_UNITS };
  const min = wholeNumberFromContext(scope, keys.min, fallback.min, bounds);
  const max = wholeNumberFromContext(scope, keys.max, fallback.max, bounds);
  if (min > max) {
    throw new Error(`Context: ${keys.min} (${min}) must not exceed ${keys.max} (${max}).`);
  }
  return { min, max };
};

const isCapacityMode = (value: unknown): value is TableCapacityMode =>
  (TABLE_CAPACITY_MODES as readonly unknown[]).includes(value);

/**
 * The table's capacity from context: on-demand unless `tableCapacity=provisioned`, whose
 * ranges come from the `table{Min,Max}{Write,Read}Capacity` keys. A bad value fails the
 * synth in one sentence; range keys given without `provisioned` are an error too, so a
 * deploy never silently ignores them.
 */
export const tableCapacityFromContext = (scope: Construct): TableCapacity => {
  const mode: unknown = scope.node.tryGetContext(TABLE_CAPACITY_CONTEXT) ?? DEFAULT_TABLE_CAPACITY;
  if (!isCapacityMode(mode)) {
    throw new Error(
      `Context: ${TABLE_CAPACITY_CONTEXT} must be one of ${TABLE_CAPACITY_MODES.join(', ')}, not '${String(mode)}' (set with -c ${TABLE_CAPACITY_CONTEXT}=provisioned).`,
    );
  }
  if (mode === 'on-demand') {
    const stray = Object.values(CONTEXT_KEYS)
      .flatMap((keys) => Object.values(keys))
      .filter((key) => scope.node.tryGetContext(key) !== undefined);
    if (stray.length > 0) {
      throw new Error(
        `Context: ${stray.join(', ')} apply only with -c ${TABLE_CAPACITY_CONTEXT}=provisioned.`,
      );
    }
    return { mode };
  }
  return {
    mode,
    write: rangeFromContext(scope, 'write'),
    read: rangeFromContext(scope, 'read'),
    targetPercent: AUTO_SCALING_TARGET_PERCENT,
  };
};
