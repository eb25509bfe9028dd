import { ArticleRecord } from '#shared/domain/record.ts';
import { type BuiltObject, buildObject } from '#shared/pipeline/build-record.ts';

/**
 * What one input became. `ok`: a record (`ingested`, `container`) or a classified
 * rejection (`rejected:<reason>`). Not ok: the build threw, or returned something that
 * is not a valid record, or a record leaked text it must not hold.
 */
export type Outcome = { ok: true; label: string } | { ok: false; label: string; problem: string };

/** The clock every fuzz build uses: outcomes must not depend on the day the suite runs. */
export const FUZZ_NOW = new Date('2026-01-15T12:00:00Z');

const invalid = (what: string, issues: string): Outcome => ({
  ok: false,
  label: 'invalid-record',
  problem: `${what} is not a valid record: ${issues}`,
});

const checkRecord = (record: unknown, what: string): Outcome | undefined => {
  const parsed = ArticleRecord.safeParse(record);
  if (!parsed.success)
    return invalid(
      what,
      parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '),
    );
  return undefined;
};

/** Classifies a build's result: its label, or why it is not a record. */
export const classifyBuilt = (built: BuiltObject, mustNotContain?: string): Outcome => {
  const records = built.kind === 'article' ? [built.record] : [built.record, ...built.items];
  for (const [i, record] of records.entries()) {
    const bad = checkRecord(record, i === 0 ? 'the file record' : `item ${i}`);
    if (bad) return bad;
  }
  if (mustNotContain && JSON.stringify(built).includes(mustNotContain)) {
    return { ok: false, label: 'leaked', problem: `a record holds '${mustNotContain}'` };
  }
  const { record } = built;
  if (record.status === 'rejected') return { ok: true, label: `rejected:${record.reason}` };
  return { ok: true, label: record.status };
};

/** An outcome that is a record, but not one of those `expect` allows, is a failure. */
export const meetsExpectation = (outcome: Outcome, expect?: readonly string[]): Outcome =>
  !outcome.ok || !expect || expect.includes(outcome.label)
    ? outcome
    : {
        ok: false,
        label: outcome.label,
        problem: `expected ${expect.join(' or ')}, got ${outcome.label}`,
      };

/** Builds one input as the function would and classifies the result; a throw is a failure, not an error. */
export const buildOutcome = (bytes: Uint8Array, key: string, mustNotContain?: string): Outcome => {
  try {
    const built = buildObject({
      bytes,
      source: { bucket: 'fuzz', key, sequencer: '0A' },
      now: FUZZ_NOW,
      // The function's clock: the time budget stops a slow file as it would there.
      clock: Date.now,
    });
    return classifyBuilt(built, mustNotContain);
  } catch (error) {
    const name = error instanceof Error ? error.name : 'thrown';
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, label: 'threw', problem: `threw ${name}: ${message.slice(0, 300)}` };
  }
};
