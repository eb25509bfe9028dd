/**
 * Banded keys of a 64-bit simhash (16 hex digits), the index the near-duplicate rule
 * reads. The fingerprint is cut into `FINGERPRINT_BANDS` bands of 16 bits, each stored
 * as the key of its own index. A lookup probes every band with its own value (and, in the
 * `neighbours` mode, the 16 values one bit away): two fingerprints at most 3 (7) bits
 * apart leave at least one band with no (at most one) differing bit (pigeonhole over 4
 * bands), so the probes find every such pair, and pairs a few bits further apart with the
 * probability bench/near-duplicates measures. docs/TABLE.md says why the bands are four
 * indexes, not band items, and what the probes cost.
 */
export const FINGERPRINT_BANDS = 4;
const BAND_BITS = 64 / FINGERPRINT_BANDS;
const HEX_DIGITS_PER_BAND = BAND_BITS / 4;
const FINGERPRINT = /^[0-9a-f]{16}$/;

/**
 * A body of fewer words gives no near-duplicate and is not indexed by band: with under
 * ~50 word 3-shingles one edited sentence moves a large share of the simhash's weight,
 * so distances of short texts say little (the short-body rows of bench/near-duplicates).
 */
export const MIN_NEAR_DUPLICATE_WORDS = 50;

/** The attribute of band `i`; each keys its own sparse index (DynamoDB keys an index on one attribute). */
export const fingerprintBandAttribute = (band: number): string => `fingerprintBand${band}`;

/**
 * The band values of a fingerprint, band 0 first, each its 4 hex digits; none for a
 * value that is not a 64-bit hex fingerprint.
 */
export const fingerprintBands = (fingerprint: string): string[] => {
  if (!FINGERPRINT.test(fingerprint)) return [];
  return Array.from({ length: FINGERPRINT_BANDS }, (_, band) =>
    fingerprint.slice(band * HEX_DIGITS_PER_BAND, (band + 1) * HEX_DIGITS_PER_BAND),
  );
};

/** One band index read: the band and the value looked up in it. */
export interface BandProbe {
  band: number;
  value: string;
}

const hexOf = (value: number): string => value.toString(16).padStart(HEX_DIGITS_PER_BAND, '0');

/**
 * How hard a lookup probes the band indexes, a deployment's choice (CDK context
 * `nearDuplicateProbes`): `exact` reads each band's own value (4 queries; finds every pair
 * within 3 bits, and further ones sharing a band); `neighbours` also reads the 16 values one
 * bit away (68 queries; every pair within 7 bits); `off` reads nothing, and the store
 * then writes no band keys 1-3 either (`writesBandKeys`), saving an original 3 index
 * writes: turned on later, the lookup finds only articles written since. docs/TABLE.md
 * has the measured recall and cost of each.
 */
export const NEAR_DUPLICATE_PROBE_MODES = ['off', 'exact', 'neighbours'] as const;
export type NearDuplicateProbes = (typeof NEAR_DUPLICATE_PROBE_MODES)[number];

/** The mode when none is configured: docs/TABLE.md has the measurement that chose it. */
export const DEFAULT_NEAR_DUPLICATE_PROBES: NearDuplicateProbes = 'exact';

/**
 * Whether records are stored with their band keys 1-3 under a mode: not when nothing
 * reads them (`off`), since each is an index write. Band 0 is the content key, which the
 * exact-duplicate rule reads in every mode, so it is written regardless.
 */
export const writesBandKeys = (mode: NearDuplicateProbes): boolean => mode !== 'off';

/** The most bits a band may differ in and still be read by a mode's probes (-1: none). */
export const PROBE_GAP: Readonly<Record<NearDuplicateProbes, number>> = {
  off: -1,
  exact: 0,
  neighbours: 1,
};

/** The function's variable that carries the mode (the stack sets it from context). */
export const NEAR_DUPLICATE_PROBES_VARIABLE = 'NEAR_DUPLICATE_PROBES';

export const isNearDuplicateProbes = (value: unknown): value is NearDuplicateProbes =>
  (NEAR_DUPLICATE_PROBE_MODES as readonly unknown[]).includes(value);

/**
 * The reads that find a fingerprint's near duplicates: per band, its value and, with
 * `neighbours`, every value one bit away; none when `off`.
 */
export const bandProbes = (fingerprint: string, mode: NearDuplicateProbes): BandProbe[] => {
  if (mode === 'off') return [];
  return fingerprintBands(fingerprint).flatMap((value, band) => {
    if (mode === 'exact') return [{ band, value }];
    const bits = Number.parseInt(value, 16);
    const flipped = Array.from({ length: BAND_BITS }, (_, bit) => hexOf(bits ^ (1 << bit)));
    return [value, ...flipped].map((probe) => ({ band, value: probe }));
  });
};

/** The fewest bits any band of two fingerprints differs in: what `PROBE_GAP` is compared with. */
export const closestBandGap = (a: string, b: string): number => {
  const bandsOfB = fingerprintBands(b);
  return Math.min(
    ...fingerprintBands(a).map((value, band) =>
      bitCount(Number.parseInt(value, 16) ^ Number.parseInt(bandsOfB[band] ?? '', 16)),
    ),
  );
};

const bitCount = (value: number): number => {
  let bits = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) bits += 1;
  return bits;
};

/** The fields of a record that decide whether and how it is indexed by band. */
export interface BandedFields {
  fingerprint?: string;
  wordCount: number;
  duplicateOf?: string;
  nearDuplicateOf?: unknown;
}

/**
 * Whether an article can be a near-duplicate's original: a long enough body with a
 * fingerprint, not itself a copy (so copies never point at copies and cost no index
 * writes: a wire story taken by twenty sites is indexed once).
 */
export const canBeNearOriginal = (
  fields: BandedFields,
): fields is BandedFields & { fingerprint: string } =>
  fields.fingerprint !== undefined &&
  FINGERPRINT.test(fields.fingerprint) &&
  fields.wordCount >= MIN_NEAR_DUPLICATE_WORDS &&
  fields.duplicateOf === undefined &&
  fields.nearDuplicateOf === undefined;

/** The band attributes a record is stored with: one per band, or none when it cannot be an original. */
export const bandKeysFor = (fields: BandedFields): Record<string, string> => {
  if (!canBeNearOriginal(fields)) return {};
  return Object.fromEntries(
    fingerprintBands(fields.fingerprint).map((value, band) => [
      fingerprintBandAttribute(band),
      value,
    ]),
  );
};
