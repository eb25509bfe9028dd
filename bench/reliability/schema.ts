import { z } from 'zod';

/**
 * The two result files RELIABILITY.md is written from: `fuzz.json` (npm run fuzz) and
 * `faults.json` (the fault suite). Parsed, not trusted: a file of another shape is an
 * error naming the file, not a report with holes.
 */
const Machine = z.object({
  cores: z.number(),
  node: z.string(),
  /** One-minute load average when the run ended: wall times stretch with it on a shared machine. */
  loadAverage: z.number().optional(),
});

export const FuzzReport = z.object({
  generatedAt: z.string(),
  machine: Machine,
  seed: z.number().optional(),
  count: z.number().optional(),
  limits: z.object({ functionMemoryMb: z.number(), heapMb: z.number(), timeoutMs: z.number() }),
  families: z.array(
    z.object({
      family: z.string(),
      inputs: z.number(),
      /** `<status>` or `<status>:<reason>` (or a failure: `threw`, `timeout`, `oom`, ...) -> count. */
      outcomes: z.record(z.string(), z.number()),
      worstMs: z.number(),
      worstInput: z.string(),
      peakRssMb: z.number(),
      peakInput: z.string(),
      failures: z.number(),
    }),
  ),
  hostile: z.array(
    z.object({
      name: z.string(),
      family: z.string(),
      bytes: z.number(),
      outcome: z.string(),
      /** The outcomes allowed, where only a rejection is right. */
      expected: z.array(z.string()).optional(),
      ms: z.number(),
      /** CPU time of the build: what the wall time would be on an idle core. */
      cpuMs: z.number().optional(),
      peakRssMb: z.number(),
      passed: z.boolean(),
    }),
  ),
  failures: z.array(z.object({ family: z.string(), input: z.string(), problem: z.string() })),
});
export type FuzzReport = z.infer<typeof FuzzReport>;

export const FaultReport = z.object({
  generatedAt: z.string(),
  machine: Machine,
  scenarios: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      eventsSent: z.number(),
      keys: z.number(),
      expected: z.number(),
      lost: z.number(),
      duplicated: z.number(),
      stale: z.number(),
      dlq: z.number(),
      redriven: z.number(),
      passed: z.boolean(),
      seconds: z.number(),
    }),
  ),
});
export type FaultReport = z.infer<typeof FaultReport>;
