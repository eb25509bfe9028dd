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
    message: string,
  ) {
    super(message);
    this.name = 'BudgetExceededError';
  }
}

/** A wall clock in milliseconds, passed in: the core reads no clock of its own. */
export type Clock = () => number;

interface Deadline {
  clock: Clock;
  endsAt: number;
  ms: number;
}

export class WorkBudget {
  private spent = 0;
  private allowed: number;

  /**
   * `deadline` is the time backstop: work that is linear but slow per unit (millions of
   * tiny elements, a slow library pass) stays within the units and is stopped by time.
   */
  constructor(
    limit: number,
    private readonly deadline?: Deadline,
  ) {
    this.allowed = limit;
  }

  /** Counts `units` of work; throws `BudgetExceededError` once past the units or the time. */
  spend(units: number, where: string): void {
    this.spent += units;
    if (this.spent > this.allowed) {
      throw new BudgetExceededError(
        where,
        `Reading the file took more than its work budget (${this.allowed} units, stopped in ${where}).`,
      );
    }
    const deadline = this.deadline;
    if (deadline !== undefined && deadline.clock() > deadline.endsAt) {
      throw new BudgetExceededError(
        where,
        `Reading the file took more than its time budget (${deadline.ms} ms, stopped in ${where}).`,
      );
    }
  }

  /** Adds room for bytes unpacked from a container: they are read as input of their own. */
  grow(units: number): void {
    this.allowed += units;
  }

  get limit(): number {
    return this.allowed;
  }

  get used(): number {
    return this.spent;
  }
}

/**
 * The budget of an input of `bytes` bytes under `limits`; with a `clock`, also at most
 * `maxFileMs` of wall time from now (the function passes one; tests and the eval need not).
 */
export const budgetFor = (bytes: number, limits: Limits, clock?: Clock): WorkBudget => {
  const units = Math.max(limits.minWorkUnits, bytes * limits.workUnitsPerByte);
  if (clock === undefined) return new WorkBudget(units);
  return new WorkBudget(units, { clock, endsAt: clock() + limits.maxFileMs, ms: limits.maxFileMs });
};

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

/**
 * Bytes unpacked from a container get the budget of input bytes (so a legitimately
 * compressible upload is not starved by its small packed size); the expansion limits
 * bound how much that can add.
 */
export const growWorkForUnpacked = (bytes: number): void =>
  scope.budget?.grow(bytes * scope.limits.workUnitsPerByte);
