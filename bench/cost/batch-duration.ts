/**
 * How long one invocation takes over a batch, as the handler runs it: up to
 * `concurrency` messages in flight at once (`mapLimited`, a new one started when one
 * ends), their waits on S3 and DynamoDB overlapping, their CPU-bound parts one after
 * another on the function's share of a core. Node runs synchronous work to completion,
 * so the CPU is a first-come, first-served queue that never switches mid-step.
 */

/** One step of a message: waiting on a request, or computing. */
export type Step = { kind: 'wait'; ms: number } | { kind: 'cpu'; ms: number };

interface Pending {
  /** When the message is ready for `step`. */
  at: number;
  message: number;
  step: number;
  /** Insertion order: ties go first-come, first-served. */
  order: number;
}

/**
 * Milliseconds from the batch's start until its last message ends, `messages` messages
 * alike (each `steps`), at most `concurrency` at once. A discrete-event walk in time
 * order: a wait ends `ms` later; a CPU step starts when the CPU is free and holds it.
 */
export const batchMakespanMs = (
  messages: number,
  concurrency: number,
  steps: readonly Step[],
): number => {
  if (messages <= 0) return 0;
  const slots = Math.max(1, Math.min(Math.floor(concurrency), messages));
  let order = 0;
  const pending: Pending[] = Array.from({ length: slots }, (_, message) => ({
    at: 0,
    message,
    step: 0,
    order: order++,
  }));
  let nextMessage = slots;
  let cpuFreeAt = 0;
  let end = 0;
  // Each message passes each of its steps once: the walk is bounded by messages x steps.
  while (pending.length > 0) {
    pending.sort((a, b) => a.at - b.at || a.order - b.order);
    const current = pending.shift() as Pending;
    const step = steps[current.step];
    if (step === undefined) {
      end = Math.max(end, current.at);
      if (nextMessage < messages)
        pending.push({ at: current.at, message: nextMessage++, step: 0, order: order++ });
      continue;
    }
    let doneAt = current.at + step.ms;
    if (step.kind === 'cpu') {
      const start = Math.max(current.at, cpuFreeAt);
      doneAt = start + step.ms;
      cpuFreeAt = doneAt;
    }
    pending.push({ ...current, at: doneAt, step: current.step + 1, order: order++ });
  }
  return end;
};
