import { gunzipSync, gzipSync, unzipSync, zipSync } from 'fflate';
import type { Family } from './families.ts';
import { MUTATIONS, type MutationScale } from './mutate.ts';
import type { Rng } from './prng.ts';

/** Containers whose members are worth mutating before they are packed again (else CRCs fail first). */
const PACKED: ReadonlySet<Family> = new Set(['docx', 'zip', 'gzip']);

const repack = (
  family: Family,
  rng: Rng,
  bytes: Uint8Array,
  mutate: (inner: Uint8Array) => Uint8Array,
) => {
  if (family === 'gzip') return gzipSync(mutate(gunzipSync(bytes)));
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const name = rng.pick(names);
  const member = files[name];
  if (member) files[name] = mutate(member);
  return zipSync(files);
};

/**
 * One mutation of a valid document, named: `flip`, `nest`, ... on the bytes, or
 * `inner-flip` ... on one member of a container, packed again so it still opens.
 */
export const mutateInput = (
  family: Family,
  rng: Rng,
  bytes: Uint8Array,
  scale: MutationScale,
): { how: string; bytes: Uint8Array } => {
  const name = rng.pick(Object.keys(MUTATIONS));
  const mutation = MUTATIONS[name];
  if (!mutation) throw new RangeError(`No mutation ${name}.`);
  if (PACKED.has(family) && rng.chance(0.6)) {
    return {
      how: `inner-${name}`,
      bytes: repack(family, rng, bytes, (inner) => mutation(rng, inner, scale)),
    };
  }
  return { how: name, bytes: mutation(rng, bytes, scale) };
};
