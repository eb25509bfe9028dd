import type { Construct } from 'constructs';
import {
  DEFAULT_NEAR_DUPLICATE_PROBES,
  isNearDuplicateProbes,
  NEAR_DUPLICATE_PROBE_MODES,
  NEAR_DUPLICATE_PROBES_VARIABLE,
} from '#shared/domain/fingerprint-bands.ts';

/** The context key a deployment sets: `cdk deploy -c nearDuplicateProbes=neighbours`. */
export const NEAR_DUPLICATE_PROBES_CONTEXT = 'nearDuplicateProbes';

/**
 * The function's `NEAR_DUPLICATE_PROBES` variable from context, the default when unset,
 * always written so the template (and the local stack, which reads it) shows the mode in
 * force. A value that is not a mode fails the synth in one sentence.
 */
export function nearDuplicateProbesVariable(scope: Construct): Record<string, string> {
  const value: unknown =
    scope.node.tryGetContext(NEAR_DUPLICATE_PROBES_CONTEXT) ?? DEFAULT_NEAR_DUPLICATE_PROBES;
  if (!isNearDuplicateProbes(value)) {
    throw new Error(
      `Context: ${NEAR_DUPLICATE_PROBES_CONTEXT} must be one of ${NEAR_DUPLICATE_PROBE_MODES.join(', ')}, not '${String(value)}' (set with -c ${NEAR_DUPLICATE_PROBES_CONTEXT}=exact).`,
    );
  }
  return { [NEAR_DUPLICATE_PROBES_VARIABLE]: value };
}
