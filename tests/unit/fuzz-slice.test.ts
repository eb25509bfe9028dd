import { describe, expect, it } from 'vitest';
import { FAMILIES } from '#bench/fuzz/families.ts';
import { HOSTILE_CATALOGUE } from '#bench/fuzz/hostile.ts';
import { fuzzInputs } from '#bench/fuzz/inputs.ts';
import { SLICE_SCALE } from '#bench/fuzz/mutate.ts';
import { buildOutcome, meetsExpectation } from '#bench/fuzz/outcome.ts';

/**
 * A fixed slice of `npm run fuzz`, in process: generated and mutated inputs of every
 * family and the hostile catalogue's small items. Each must become a record or a
 * classified rejection; a throw, an invalid record or a leak fails. The multi-megabyte
 * items (bombs, 20 MB lines, 200k-deep nesting) run only in `npm run fuzz`, in child
 * processes with the function's limits.
 */
const SLICE_SEED = 20_261_203;
/** Generated inputs per family (each also mutated once): 40 inputs per family. */
const SLICE_COUNT = 20;

const ACCEPTED = { ok: true, label: expect.any(String) };

describe.each(FAMILIES)('fuzz slice of %s inputs', (family) => {
  const inputs = fuzzInputs(family, SLICE_SEED, SLICE_COUNT, SLICE_SCALE).map(
    (input) => [input.name, input] as const,
  );

  it.each(inputs)('builds %s into a record or a classified rejection', (_, input) => {
    const outcome = buildOutcome(input.make(), input.key);

    expect(outcome).toEqual(ACCEPTED);
  });
});

describe('hostile catalogue, small items', () => {
  const cheap = HOSTILE_CATALOGUE.filter((item) => item.cheap).map(
    (item) => [item.name, item] as const,
  );

  it.each(cheap)('builds %s into the record or rejection it allows, leaking nothing', (_, item) => {
    const outcome = meetsExpectation(
      buildOutcome(item.make(), item.key, item.mustNotContain),
      item.expect,
    );

    expect(outcome).toEqual(ACCEPTED);
  });
});
