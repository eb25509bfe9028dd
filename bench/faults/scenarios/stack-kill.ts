import { textArticle } from '../fixtures.ts';
import { sleep } from '../processes.ts';
import { RETRY_SETTLE_MS } from '../retry-wait.ts';
import {
  emptyDisruption,
  forEachLimited,
  type KeyWrite,
  type Scenario,
  type ScenarioContext,
} from '../scenario.ts';

const KEYS = 40;
/** Writes done before the kill -9; the rest meet a dead stack (or land just before). */
const WRITES_BEFORE_KILL = 25;
const UPLOAD_CONCURRENCY = 4;
/** Time for the children of a killed process to exit on their own, if they do. */
const ORPHAN_GRACE_MS = 2_000;

/** Every key an upload; one in four deleted again, one in eight overwritten. */
const writesFor = (prefix: string): [string, KeyWrite][] =>
  Array.from({ length: KEYS }, (_, i) => `${prefix}story-${i}.txt`).flatMap((key, i) => {
    const writes: [string, KeyWrite][] = [[key, { op: 'put', fixture: textArticle(`${key}#v1`) }]];
    if (i % 4 === 1) writes.push([key, { op: 'delete' }]);
    if (i % 8 === 2) writes.push([key, { op: 'put', fixture: textArticle(`${key}#v2`) }]);
    return writes;
  });

/** A write that fails because the stack died is fine: the bucket's final state is the truth. */
const attempt = async (ctx: ScenarioContext, key: string, write: KeyWrite) => {
  try {
    if (write.op === 'put') await ctx.data.put(key, write.fixture);
    else await ctx.data.delete(key);
    return true;
  } catch {
    ctx.data.remember(key, write.op === 'put' ? write.fixture : undefined);
    return false;
  }
};

/** Restarts on the same data and ports; an orphan blocking it is a failure, then cleared. */
const restartAfterKill = async (ctx: ScenarioContext, failures: string[], notes: string[]) => {
  await sleep(ORPHAN_GRACE_MS);
  const orphans = ctx.harness.orphans();
  if (orphans.length > 0)
    notes.push(
      `left running after kill -9: ${orphans.map((o) => `${o.pid} ${o.command.slice(0, 60)}`).join('; ')}`,
    );
  ctx.observer.poll();
  try {
    await ctx.harness.start({ synth: false });
  } catch (error) {
    // The stack's last line says why it stopped (a port in use, a data dir in use).
    const lines = String(error instanceof Error ? error.message : error).split('\n');
    const reason = lines.filter((line) => line.trim()).at(-1) ?? '';
    failures.push(`the new npm start failed: ${reason.slice(0, 200)}`);
    notes.push(
      `killed ${ctx.harness.killOrphans()} orphan(s) the killed stack left, then started again`,
    );
    await ctx.harness.start({ synth: false });
  }
  const survivors = ctx.harness.orphans();
  if (survivors.length > 0) {
    failures.push(
      `${survivors.length} process(es) of the killed stack still run after the restart`,
    );
    ctx.harness.killOrphans();
  }
};

const disrupt = async (ctx: ScenarioContext, prefix: string) => {
  const result = emptyDisruption();
  const writes = writesFor(prefix);
  const byKey = new Map<string, KeyWrite[]>();
  for (const [key, write] of writes) byKey.set(key, [...(byKey.get(key) ?? []), write]);
  let done = 0;
  let killing: Promise<void> | undefined;
  let failed = 0;
  await forEachLimited([...byKey], UPLOAD_CONCURRENCY, async ([key, keyWrites]) => {
    for (const write of keyWrites) {
      if (!(await attempt(ctx, key, write))) failed += 1;
      done += 1;
      if (done === WRITES_BEFORE_KILL) killing = ctx.harness.killStack();
    }
  });
  await killing;
  ctx.observer.poll();
  result.notes.push(
    `kill -9 of the stack after ${WRITES_BEFORE_KILL} of ${writes.length} writes; ${failed} writes failed against the dead stack`,
  );
  await restartAfterKill(ctx, result.failures, result.notes);
  return result;
};

export const stackKillScenario: Scenario = {
  name: 'stack-kill',
  description:
    'kill -9 of the stack process during a burst of uploads and deletes, then a new start on the same data and ports: no orphan blocks it, and every object ends with the right record.',
  prefix: 'faults-kill/',
  // Messages in flight at the kill return after the visibility timeout.
  settleMs: RETRY_SETTLE_MS,
  disrupt: (ctx) => disrupt(ctx, stackKillScenario.prefix),
};
