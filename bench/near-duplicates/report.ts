import {
  bandProbes,
  FINGERPRINT_BANDS,
  NEAR_DUPLICATE_PROBE_MODES,
  type NearDuplicateProbes,
  PROBE_GAP,
} from '#shared/domain/fingerprint-bands.ts';
import { percentile } from '../bench/stats.ts';
import type { Pair, PairKind } from './pairs.ts';
import { WIRE_EDITS } from './rewrites.ts';

const FINGERPRINT_BITS = 64;
const BAND_BITS = FINGERPRINT_BITS / FINGERPRINT_BANDS;
/** The body length (words) from which a story is called long in the per-mode table. */
const LONG_BODY_WORDS = 200;
/** Distance limits the threshold table shows (similarity = 1 - bits / 64). */
const LIMITS = [3, 5, 7, 8, 9, 10, 12, 14, 16];
/** Table sizes at which the chance false marks are estimated. */
const TABLE_SIZES = [100_000, 1_000_000, 10_000_000];

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const share = (part: number, whole: number) => (whole === 0 ? '-' : (part / whole).toFixed(3));

/** What the rule judges: pairs whose bodies are long enough and not exact copies. */
const judged = (pairs: readonly Pair[], long = true) =>
  pairs.filter((pair) => !pair.exact && pair.long === long);

const spread = (values: number[]): (string | number)[] =>
  [0, 5, 25, 50, 75, 95, 100].map((p) => percentile(values, p) ?? '-');

const distanceRows = (pairs: readonly Pair[], long: boolean): string[] => {
  const kinds: PairKind[] = ['wire copy', 'same topic', 'follow-up', 'different article'];
  return kinds.map((kind) => {
    const distances = judged(pairs, long)
      .filter((pair) => pair.kind === kind)
      .map((pair) => pair.distance);
    return row([kind, distances.length, ...spread(distances)]);
  });
};

/** P(Binomial(n, 1/2) <= k): the chance two unrelated fingerprints agree on all but k of n bits. */
const chanceWithin = (n: number, k: number): number => {
  let coefficient = 1;
  let sum = 0;
  for (let i = 0; i <= k; i += 1) {
    sum += coefficient;
    coefficient = (coefficient * (n - i)) / (i + 1);
  }
  return sum / 2 ** n;
};

/**
 * Expected false marks per new article in a table of `size`, were the fingerprints of
 * unrelated articles independent random bits (the different-article row is close to it:
 * a median of 32 bits): `size` times the chance of being within the limit. An upper
 * bound, as the probes do not find every such pair.
 */
const chanceMarks = (size: number, limit: number): number =>
  size * chanceWithin(FINGERPRINT_BITS, limit);

/** Band index queries one lookup sends in a mode (the same for every fingerprint). */
export const probesPerLookup = (mode: NearDuplicateProbes): number =>
  bandProbes('0'.repeat(FINGERPRINT_BITS / 4), mode).length;

/** Candidates an unrelated table of `size` gives a lookup: a probe reads one 16-bit band value. */
export const chanceCandidates = (size: number, mode: NearDuplicateProbes): number =>
  (size * probesPerLookup(mode)) / 2 ** BAND_BITS;

/** Marked by the rule: within the limit, and found by the mode's probes. */
const markedIn = (pair: Pair, limit: number, mode: NearDuplicateProbes): boolean =>
  pair.distance <= limit && pair.bandGap <= PROBE_GAP[mode];

const thresholdRows = (pairs: readonly Pair[]): string[] =>
  LIMITS.map((limit) => {
    const pool = judged(pairs);
    const copies = pool.filter((pair) => pair.kind === 'wire copy');
    const others = pool.filter((pair) => pair.kind !== 'wire copy');
    const exactBand = copies.filter((pair) => markedIn(pair, limit, 'exact')).length;
    const found = copies.filter((pair) => markedIn(pair, limit, 'neighbours')).length;
    const falseMarks = others.filter((pair) => markedIn(pair, limit, 'neighbours')).length;
    return row([
      limit,
      (1 - limit / FINGERPRINT_BITS).toFixed(3),
      share(copies.filter((pair) => pair.distance <= limit).length, copies.length),
      share(exactBand, copies.length),
      share(found, copies.length),
      falseMarks,
      share(found, found + falseMarks),
      ...TABLE_SIZES.map((size) => chanceMarks(size, limit).toExponential(1)),
    ]);
  });

/** Body lengths (the original's words) the recall is split by. */
const LENGTHS: readonly [number, number][] = [
  [50, 99],
  [100, 199],
  [200, Number.POSITIVE_INFINITY],
];

const lengthRows = (pairs: readonly Pair[], limit: number, mode: NearDuplicateProbes): string[] =>
  LENGTHS.map(([min, max]) => {
    const copies = judged(pairs).filter(
      (pair) => pair.kind === 'wire copy' && pair.words >= min && pair.words <= max,
    );
    const found = copies.filter((pair) => markedIn(pair, limit, mode));
    const label = Number.isFinite(max) ? `${min}-${max}` : `${min} or more`;
    return row([
      label,
      copies.length,
      percentile(
        copies.map((pair) => pair.distance),
        50,
      ) ?? '-',
      share(found.length, copies.length),
    ]);
  });

const editRows = (pairs: readonly Pair[], limit: number, mode: NearDuplicateProbes): string[] =>
  WIRE_EDITS.map((edit) => {
    const single = pairs.filter(
      (pair) =>
        pair.kind === 'wire copy' && pair.long && pair.edits.length === 1 && pair.edits[0] === edit,
    );
    const near = single.filter((pair) => !pair.exact);
    const marked = near.filter((pair) => markedIn(pair, limit, mode)).length;
    return row([
      edit,
      single.length,
      single.length - near.length,
      percentile(
        near.map((pair) => pair.distance),
        50,
      ) ?? '-',
      share(marked, near.length),
    ]);
  });

/** Per probe mode at the chosen limit: queries, recall (all, long bodies) and precision. */
export const modeRows = (pairs: readonly Pair[], limit: number): string[] =>
  NEAR_DUPLICATE_PROBE_MODES.map((mode) => {
    const pool = judged(pairs);
    const copies = pool.filter((pair) => pair.kind === 'wire copy');
    const longCopies = copies.filter((pair) => pair.words >= LONG_BODY_WORDS);
    const found = copies.filter((pair) => markedIn(pair, limit, mode)).length;
    const foundLong = longCopies.filter((pair) => markedIn(pair, limit, mode)).length;
    const falseMarks = pool.filter(
      (pair) => pair.kind !== 'wire copy' && markedIn(pair, limit, mode),
    ).length;
    return row([
      mode,
      probesPerLookup(mode),
      share(found, copies.length),
      share(foundLong, longCopies.length),
      falseMarks,
      share(found, found + falseMarks),
    ]);
  });

/**
 * The measurement as Markdown: distances, the probe modes, the threshold table, and per
 * length and per edit for the mode `mode` (the detailed rows).
 */
export const renderNearDuplicateReport = (
  pairs: readonly Pair[],
  limit: number,
  mode: NearDuplicateProbes,
): string[] => {
  const exact = pairs.filter((pair) => pair.kind === 'wire copy' && pair.exact).length;
  const copies = pairs.filter((pair) => pair.kind === 'wire copy').length;
  return [
    `### Hamming distances (bits of 64), bodies of 50 words or more, exact copies left out`,
    '',
    `${copies} wire copies generated, ${exact} of them with an unchanged body (exact duplicates, \`duplicateOf\`).`,
    '',
    '| pairs | n | min | p5 | p25 | median | p75 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...distanceRows(pairs, true),
    '',
    `### Probe modes at the chosen limit (${limit} bits): the stack's \`nearDuplicateProbes\``,
    '',
    `| mode | queries per lookup | recall | recall, ${LONG_BODY_WORDS} words or more | false marks | precision |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...modeRows(pairs, limit),
    '',
    '### Marked at each limit: recall of wire copies, false marks and precision over every other pair',
    '',
    'within: at most the limit apart (an all-pairs comparison); same band: also sharing a band exactly (`exact` probes); found: also within one bit on some band (`neighbours` probes). Chance marks: expected false marks per new article in a table of unrelated articles of that many records.',
    '',
    `| bits at most | similarity at least | recall, within | recall, same band | recall, found | false marks | precision | ${TABLE_SIZES.map((size) => `chance marks, ${size.toLocaleString('en')}`).join(' | ')} |`,
    `| ---: | ---: | ---: | ---: | ---: | ---: | ---: |${' ---: |'.repeat(TABLE_SIZES.length)}`,
    ...thresholdRows(pairs),
    '',
    `### Recall by body length at the chosen limit (${limit} bits), \`${mode}\` probes`,
    '',
    '| words | wire copies | median bits | found |',
    '| --- | ---: | ---: | ---: |',
    ...lengthRows(pairs, limit, mode),
    '',
    `### Single edits at the chosen limit (${limit} bits), \`${mode}\` probes`,
    '',
    '| edit | copies | exact | median bits | found |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...editRows(pairs, limit, mode),
    '',
    `Candidates a \`${mode}\` lookup reads by chance (${probesPerLookup(mode)} probes of 16-bit band values): ${TABLE_SIZES.map((size) => `${Math.round(chanceCandidates(size, mode)).toLocaleString('en')} at ${size.toLocaleString('en')} records`).join(', ')}.`,
    '',
    '### Bodies under 50 words (no near-duplicate is marked), for comparison',
    '',
    '| pairs | n | min | p5 | p25 | median | p75 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...distanceRows(pairs, false),
  ];
};
