import { FINGERPRINT_BANDS } from '#shared/domain/fingerprint-bands.ts';
import { percentile } from '../bench/stats.ts';
import type { Pair, PairKind } from './pairs.ts';
import { WIRE_EDITS } from './rewrites.ts';

const FINGERPRINT_BITS = 64;
const BAND_BITS = FINGERPRINT_BITS / FINGERPRINT_BANDS;
/** A probe reads a band's value and every value one bit away. */
const PROBE_GAP = 1;
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

/** Candidates an unrelated table of `size` gives per lookup: 17 probes of 16 bits per band. */
export const chanceCandidates = (size: number): number =>
  (size * FINGERPRINT_BANDS * (BAND_BITS + 1)) / 2 ** BAND_BITS;

const thresholdRows = (pairs: readonly Pair[]): string[] =>
  LIMITS.map((limit) => {
    const pool = judged(pairs);
    const copies = pool.filter((pair) => pair.kind === 'wire copy');
    const others = pool.filter((pair) => pair.kind !== 'wire copy');
    const marked = (pair: Pair, gap: number) => pair.distance <= limit && pair.bandGap <= gap;
    const exactBand = copies.filter((pair) => marked(pair, 0)).length;
    const found = copies.filter((pair) => marked(pair, PROBE_GAP)).length;
    const falseMarks = others.filter((pair) => marked(pair, PROBE_GAP)).length;
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

const lengthRows = (pairs: readonly Pair[], limit: number): string[] =>
  LENGTHS.map(([min, max]) => {
    const copies = judged(pairs).filter(
      (pair) => pair.kind === 'wire copy' && pair.words >= min && pair.words <= max,
    );
    const found = copies.filter((pair) => pair.distance <= limit && pair.bandGap <= PROBE_GAP);
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

const editRows = (pairs: readonly Pair[], limit: number): string[] =>
  WIRE_EDITS.map((edit) => {
    const single = pairs.filter(
      (pair) =>
        pair.kind === 'wire copy' && pair.long && pair.edits.length === 1 && pair.edits[0] === edit,
    );
    const near = single.filter((pair) => !pair.exact);
    const marked = near.filter(
      (pair) => pair.distance <= limit && pair.bandGap <= PROBE_GAP,
    ).length;
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

/** The measurement as Markdown: distances, the threshold table, per edit, short bodies. */
export const renderNearDuplicateReport = (pairs: readonly Pair[], limit: number): string[] => {
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
    '### Marked at each limit: recall of wire copies, false marks and precision over every other pair',
    '',
    'within: at most the limit apart (an all-pairs comparison); same band: also sharing a band exactly (a plain band lookup); found: also within one bit on some band (the probes the pipeline reads). Chance marks: expected false marks per new article in a table of unrelated articles of that many records.',
    '',
    `| bits at most | similarity at least | recall, within | recall, same band | recall, found | false marks | precision | ${TABLE_SIZES.map((size) => `chance marks, ${size.toLocaleString('en')}`).join(' | ')} |`,
    `| ---: | ---: | ---: | ---: | ---: | ---: | ---: |${' ---: |'.repeat(TABLE_SIZES.length)}`,
    ...thresholdRows(pairs),
    '',
    `### Recall by body length at the chosen limit (${limit} bits)`,
    '',
    '| words | wire copies | median bits | found |',
    '| --- | ---: | ---: | ---: |',
    ...lengthRows(pairs, limit),
    '',
    `### Single edits at the chosen limit (${limit} bits)`,
    '',
    '| edit | copies | exact | median bits | found |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...editRows(pairs, limit),
    '',
    `Candidates a lookup reads by chance (17 probes x 4 bands of 16 bits): ${TABLE_SIZES.map((size) => `${Math.round(chanceCandidates(size)).toLocaleString('en')} at ${size.toLocaleString('en')} records`).join(', ')}.`,
    '',
    '### Bodies under 50 words (no near-duplicate is marked), for comparison',
    '',
    '| pairs | n | min | p5 | p25 | median | p75 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...distanceRows(pairs, false),
  ];
};
