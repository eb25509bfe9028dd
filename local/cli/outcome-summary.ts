/** Outcomes that mean the function did not handle the message. */
export const FAILED = new Set(['failed', 'dead-lettered']);

/** Object outcomes that mean the function wrote a record. */
export const WROTE = new Set(['ingested', 'rejected', 'removed', 'container']);

/** `3 objects: 1 ingested, 1 stale, 1 skipped` (`replay` and `put --wait`). */
export const outcomeSummary = (outcomes: string[]): string => {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, count]) => `${count} ${outcome}`);
  const noun = outcomes.length === 1 ? 'object' : 'objects';
  return `${outcomes.length} ${noun}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
};

/** `--strict`: true when not one of the outcomes wrote a record (all stale, skipped…). */
export const nothingWritten = (outcomes: string[]): boolean =>
  !outcomes.some((outcome) => WROTE.has(outcome));
