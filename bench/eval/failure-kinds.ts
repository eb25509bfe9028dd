import type { FieldFailure } from './field-score.ts';
import { foldText } from './fold.ts';

/** How a failing value differs from the gold, for a one-line summary per field. */
export type FailureKind =
  | 'missing'
  | 'unexpected'
  | 'off by one day'
  | 'gold plus more'
  | 'part of gold'
  | 'different';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

const oneDayApart = (a: string, b: string): boolean =>
  ISO_DAY.test(a) && ISO_DAY.test(b) && Math.abs(Date.parse(a) - Date.parse(b)) === DAY_MS;

export const failureKind = (failure: FieldFailure): FailureKind => {
  const ours = foldText(failure.ours);
  if (ours === '') return 'missing';
  if (failure.gold === null) return 'unexpected';
  const gold = foldText(failure.gold);
  if (oneDayApart(gold, ours)) return 'off by one day';
  if (ours.includes(gold)) return 'gold plus more';
  if (gold.includes(ours)) return 'part of gold';
  return 'different';
};

/** `12 missing, 3 gold plus more, ...`, commonest first. */
export const summariseFailures = (failures: readonly FieldFailure[]): string => {
  const counts = new Map<FailureKind, number>();
  for (const failure of failures) {
    const kind = failureKind(failure);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
};
