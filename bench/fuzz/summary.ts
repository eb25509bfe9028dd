import type { FuzzReport } from '../reliability/schema.ts';
import type { InputResult } from './pool.ts';

type FamilyRow = FuzzReport['families'][number];

const familyRow = (family: string, results: readonly InputResult[]): FamilyRow => {
  const outcomes: Record<string, number> = {};
  let worst = results[0];
  let peak = results[0];
  for (const result of results) {
    outcomes[result.outcome.label] = (outcomes[result.outcome.label] ?? 0) + 1;
    if (worst && result.ms > worst.ms) worst = result;
    if (peak && result.peakRssMb > peak.peakRssMb) peak = result;
  }
  return {
    family,
    inputs: results.length,
    outcomes,
    worstMs: round(worst?.ms ?? 0),
    worstInput: worst?.name ?? '',
    peakRssMb: round(peak?.peakRssMb ?? 0),
    peakInput: peak?.name ?? '',
    failures: results.filter((result) => !result.outcome.ok).length,
  };
};

const round = (value: number): number => Math.round(value * 10) / 10;

export interface RunFacts {
  generatedAt: string;
  machine: FuzzReport['machine'];
  seed: number;
  count: number;
  limits: FuzzReport['limits'];
}

/** The results of a run as `fuzz.json` holds them: per family, the hostile catalogue, every failure. */
export const summariseRun = (results: readonly InputResult[], facts: RunFacts): FuzzReport => {
  const families = [...new Set(results.map((result) => result.family))];
  return {
    ...facts,
    families: families.map((family) =>
      familyRow(
        family,
        results.filter((result) => result.family === family),
      ),
    ),
    hostile: results
      .filter((result) => result.hostile)
      .map((result) => ({
        name: result.name,
        family: result.family,
        bytes: result.bytes,
        outcome: result.outcome.label,
        ...(result.expect ? { expected: [...result.expect] } : {}),
        ms: round(result.ms),
        cpuMs: round(result.cpuMs),
        peakRssMb: round(result.peakRssMb),
        passed: result.outcome.ok,
      })),
    failures: results
      .filter((result) => !result.outcome.ok)
      .map((result) => ({
        family: result.family,
        input: result.name,
        problem: result.outcome.ok ? '' : result.outcome.problem,
      })),
  };
};
