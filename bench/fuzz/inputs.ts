import { type Family, type FuzzInput, keyFor } from './families.ts';
import { GENERATORS } from './generate.ts';
import { FULL_SCALE, type MutationScale } from './mutate.ts';
import { mutateInput } from './mutate-packed.ts';
import { createRng, seedFor } from './prng.ts';

const fixed = (bytes: Uint8Array) => (): Uint8Array => bytes;

/**
 * `count` generated documents of a family and one mutation of each, all from `seed`:
 * input `i` depends only on (seed, family, i), so `--only` and a smaller `--count`
 * reproduce the same inputs as a full run.
 */
export const fuzzInputs = (
  family: Family,
  seed: number,
  count: number,
  scale: MutationScale = FULL_SCALE,
): FuzzInput[] => {
  const inputs: FuzzInput[] = [];
  for (let i = 0; i < count; i++) {
    const generated = GENERATORS[family](createRng(seedFor(seed, family, i, 'generate')));
    const genName = `${family}/gen-${i}`;
    inputs.push({ family, name: genName, key: keyFor(family, genName), make: fixed(generated) });
    const mutated = mutateInput(
      family,
      createRng(seedFor(seed, family, i, 'mutate')),
      generated,
      scale,
    );
    const mutName = `${family}/mut-${i}-${mutated.how}`;
    inputs.push({
      family,
      name: mutName,
      key: keyFor(family, mutName),
      make: fixed(mutated.bytes),
    });
  }
  return inputs;
};
