import type { Construct } from 'constructs';
import { LIMIT_NAMES, type Limits, limitsFrom, limitVariable } from '#shared/domain/limits.ts';

/**
 * The per-file limits the function runs with: `cdk deploy -c maxObjectBytes=1048576`
 * (one context key per `Limits` property) over `DEFAULT_LIMITS`. A value that is not a
 * positive integer fails the synth, naming the key.
 */
export function limitsFromContext(scope: Construct): Limits {
  const given: Record<string, string> = {};
  for (const name of LIMIT_NAMES) {
    const value: unknown = scope.node.tryGetContext(name);
    if (value !== undefined) given[limitVariable(name)] = String(value);
  }
  try {
    return limitsFrom(given);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Context: ${message} (set with -c <limit>=<value>, e.g. -c maxObjectBytes=1048576)`,
    );
  }
}
