import { DEFAULT_LIMITS, type Limits } from './limits.ts';

/**
 * The work one file may spend while it is read and annotated, counted in units (about
 * one per character a loop handles), so a file whose structure makes a pass superlinear
 * (deep or unclosed nesting, amplified text) is stopped early and rejected as
 * `over-budget`, the same way on every retry and on every machine.
 */
export class BudgetExceededError extends Error {
  constructor(
    readonly where: string,
    readonly limit: number,
  ) {
    super(`Reading the file took more than its work budget (${limit} units, stopped in ${where}).`);
    this.name = 'BudgetExceededError';
  }
}

export class WorkBudget {
  private spent = 0;
  constructor(readonly limit: number) {}

  /** Counts `units` of work; throws `BudgetExceededError` once past the limit. */
  spend(units: number, where: string): void {
    this.spent += units;
    if (this.spent > this.limit) throw new BudgetExceededError(where, this.limit);
  }

  get used(): number {
    return this.spent;
  }
}

/** The budget of an input of `bytes` bytes under `limits`. */
export const budgetFor = (bytes: number, limits: Limits): WorkBudget =>
  new WorkBudget(Math.max(limits.minWorkUnits, bytes * limits.workUnitsPerByte));

interface ReadScope {
  limits: Limits;
  budget: WorkBudget | undefined;
}

/**
 * The scope of the file being built. Building is synchronous, so one module-level scope
 * is safe (nothing else runs in between) and spares every parser and extractor a
 * parameter it would only pass on.
 */
let scope: ReadScope = { limits: DEFAULT_LIMITS, budget: undefined };

/** Runs `build` with these limits and budget in force, then restores the outer scope. */
export const withinBudget = <T>(limits: Limits, budget: WorkBudget, build: () => T): T => {
  const outer = scope;
  scope = { limits, budget };
  try {
    return build();
  } finally {
    scope = outer;
  }
};

/** The limits of the file being built (the defaults outside any build). */
export const activeLimits = (): Limits => scope.limits;

/** Counts work against the current file's budget; a no-op outside a build. */
export const spendWork = (units: number, where: string): void => scope.budget?.spend(units, where);
