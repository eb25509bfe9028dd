import { spendWork } from '../domain/work-budget.ts';

/**
 * A 64-bit simhash of the text's word 3-shingles, as 16 hex digits: near-duplicate texts
 * differ in few bits, unrelated texts in about half. Each word is hashed once with two
 * seeded 32-bit FNV-1a hashes; a shingle's halves combine its words' hashes and mix.
 */
const SHINGLE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;
const FNV_PRIME = 0x01000193;
const SEED_HIGH = 0x811c9dc5;
const SEED_LOW = 0x050c5d1f;

const fnv1a = (text: string, seed: number): number => {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
};

/**
 * Combines the word hashes of one shingle in order, then avalanches (murmur3 fmix32).
 * `window` holds the last word hashes, oldest first; `size` of them are in the shingle.
 */
const shingleHash = (window: Uint32Array, size: number, seed: number): number => {
  let hash = seed;
  for (let k = 0; k < size; k += 1) {
    hash = Math.imul(hash ^ (window[k] ?? 0), FNV_PRIME);
    hash = (hash << 13) | (hash >>> 19);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
};

/**
 * Per-bit counts of the shingle hashes, kept as one histogram per byte of each half:
 * four increments per hash instead of 32, spread into bits once at the end.
 */
const BYTE_VALUES = 256;
const HALF_BYTES = 4;

const countBytes = (counts: Uint32Array, hash: number, half: number): void => {
  const base = half * HALF_BYTES * BYTE_VALUES;
  for (let byte = 0; byte < HALF_BYTES; byte += 1) {
    const slot = base + byte * BYTE_VALUES + ((hash >>> (8 * byte)) & 0xff);
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
};

/** The half's 32 bits: a bit is set when more than half of the `total` hashes set it. */
const majorityBits = (counts: Uint32Array, half: number, total: number): number => {
  const ones = new Uint32Array(32);
  const base = half * HALF_BYTES * BYTE_VALUES;
  for (let byte = 0; byte < HALF_BYTES; byte += 1) {
    for (let value = 1; value < BYTE_VALUES; value += 1) {
      const count = counts[base + byte * BYTE_VALUES + value] ?? 0;
      if (count === 0) continue;
      for (let bit = 0; bit < 8; bit += 1) {
        if ((value >>> bit) & 1) ones[8 * byte + bit] = (ones[8 * byte + bit] ?? 0) + count;
      }
    }
  }
  let bits = 0;
  for (let bit = 0; bit < 32; bit += 1) if (2 * (ones[bit] ?? 0) > total) bits |= 1 << bit;
  return bits >>> 0;
};

/** Slides a word into the window (dropping the oldest once it is full). */
const push = (window: Uint32Array, filled: number, hash: number): void => {
  if (filled < SHINGLE_WORDS) {
    window[filled] = hash;
    return;
  }
  // Shifted by hand: `copyWithin` is a call per word on a three-slot array.
  for (let k = 1; k < SHINGLE_WORDS; k += 1) window[k - 1] = window[k] ?? 0;
  window[SHINGLE_WORDS - 1] = hash;
};

/**
 * Streams over the words (no array of them: a long body would hold millions), keeping
 * the last SHINGLE_WORDS hashes; a text of fewer words is one shingle of them all.
 */
export const simhash = (text: string): string => {
  spendWork(text.length, 'fingerprint');
  const counts = new Uint32Array(2 * HALF_BYTES * BYTE_VALUES);
  const lows = new Uint32Array(SHINGLE_WORDS);
  const highs = new Uint32Array(SHINGLE_WORDS);
  let filled = 0;
  let shingles = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    push(lows, filled, fnv1a(word, SEED_LOW));
    push(highs, filled, fnv1a(word, SEED_HIGH));
    filled = Math.min(filled + 1, SHINGLE_WORDS);
    if (filled < SHINGLE_WORDS) continue;
    countBytes(counts, shingleHash(lows, SHINGLE_WORDS, SEED_LOW), 0);
    countBytes(counts, shingleHash(highs, SHINGLE_WORDS, SEED_HIGH), 1);
    shingles += 1;
  }
  if (filled < SHINGLE_WORDS) {
    countBytes(counts, shingleHash(lows, filled, SEED_LOW), 0);
    countBytes(counts, shingleHash(highs, filled, SEED_HIGH), 1);
    shingles += 1;
  }
  const low = majorityBits(counts, 0, shingles);
  const high = majorityBits(counts, 1, shingles);
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
};

/** How many of the 64 bits two fingerprints differ in. */
export const hammingDistance = (a: string, b: string): number => {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x > 0n) {
    bits += Number(x & 1n);
    x >>= 1n;
  }
  return bits;
};
