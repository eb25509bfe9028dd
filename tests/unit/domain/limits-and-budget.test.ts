import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LIMIT_REASONS, limitsFrom, limitVariable } from '#shared/domain/limits.ts';
import {
  BudgetExceededError,
  budgetFor,
  growWorkForUnpacked,
  spendWork,
  WorkBudget,
  withinBudget,
} from '#shared/domain/work-budget.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';

describe('limits', () => {
  it('gives every limit a reason and a LIMIT_* variable', () => {
    expect(Object.keys(LIMIT_REASONS).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    expect(limitVariable('maxObjectBytes')).toBe('LIMIT_MAX_OBJECT_BYTES');
    expect(limitVariable('maxFileMs')).toBe('LIMIT_MAX_FILE_MS');
  });

  it('takes overrides from LIMIT_* values and keeps the defaults for the rest', () => {
    const limits = limitsFrom({ LIMIT_MAX_FILE_MS: '2500', LIMIT_MAX_NESTING_DEPTH: '' });

    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxFileMs: 2500 });
  });

  it('are all in the README table with their defaults', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

    for (const [name, value] of Object.entries(DEFAULT_LIMITS)) {
      const variable = limitVariable(name as keyof typeof DEFAULT_LIMITS);
      expect(readme).toMatch(new RegExp(`\\| \`${name}\` +\\| \`${variable}\` +\\| ${value} +\\|`));
    }
  });

  it('refuses a value that is not a positive integer, naming the variable', () => {
    expect(() => limitsFrom({ LIMIT_MAX_OBJECT_BYTES: '10MB' })).toThrow(
      "LIMIT_MAX_OBJECT_BYTES must be a positive integer, not '10MB'.",
    );
    expect(() => limitsFrom({ LIMIT_MAX_FILE_MS: '0' })).toThrow(RangeError);
  });
});

describe('the work budget', () => {
  it('stops work past its units', () => {
    const budget = new WorkBudget(100);
    budget.spend(100, 'pass');

    expect(() => budget.spend(1, 'pass')).toThrow(BudgetExceededError);
  });

  it('stops work past its time on the clock it is given, within its units', () => {
    let now = 1_000;
    const budget = budgetFor(10, { ...DEFAULT_LIMITS, maxFileMs: 500 }, () => now);
    budget.spend(1, 'tokenize');
    now += 501;

    expect(() => budget.spend(1, 'tokenize')).toThrow(
      /time budget \(500 ms, stopped in tokenize\)/,
    );
  });

  it('grows by the input budget of bytes unpacked from a container', () => {
    const limits = { ...DEFAULT_LIMITS, minWorkUnits: 100, workUnitsPerByte: 10 };
    const budget = budgetFor(5, limits);

    withinBudget(limits, budget, () => growWorkForUnpacked(20));

    expect(budget.limit).toBe(100 + 200);
  });

  it('counts nothing outside a build', () => {
    expect(() => spendWork(Number.MAX_SAFE_INTEGER, 'outside')).not.toThrow();
  });
});

describe('buildObject under a time budget', () => {
  it('rejects a file as over-budget once its clock passes maxFileMs', () => {
    let now = 0;
    // Every reading of the clock moves it on a second: the budget runs out while reading.
    const clock = () => {
      now += 1_000;
      return now;
    };
    const bytes = new TextEncoder().encode(
      `Harbour vote delayed\n\n${'The council met again and talked about the ferry fares. '.repeat(50)}`,
    );

    const built = buildObject({
      bytes,
      source: { bucket: 'b', key: 'slow.txt', sequencer: '01' },
      now: new Date('2026-01-01T00:00:00Z'),
      limits: { ...DEFAULT_LIMITS, maxFileMs: 3_000 },
      clock,
    });

    expect(built).toMatchObject({
      kind: 'article',
      record: { status: 'rejected', reason: 'over-budget' },
    });
  });
});
