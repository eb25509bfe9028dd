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

/** Combines the word hashes of the shingle at `i` in order, then avalanches (murmur3 fmix32). */
const shingleHash = (hashes: readonly number[], i: number, seed: number): number => {
  let hash = seed;
  for (let k = i; k < Math.min(i + SHINGLE_WORDS, hashes.length); k += 1) {
    hash = Math.imul(hash ^ (hashes[k] ?? 0), FNV_PRIME);
    hash = (hash << 13) | (hash >>> 19);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
};

const addBits = (weights: Int32Array, hash: number, offset: number) => {
  for (let bit = 0; bit < 32; bit += 1)
    weights[offset + bit] = (weights[offset + bit] ?? 0) + ((hash >>> bit) & 1 ? 1 : -1);
};

export const simhash = (text: string): string => {
  spendWork(text.length, 'fingerprint');
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  const weights = new Int32Array(64);
  const lows = words.map((w) => fnv1a(w, SEED_LOW));
  const highs = words.map((w) => fnv1a(w, SEED_HIGH));
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i += 1) {
    addBits(weights, shingleHash(lows, i, SEED_LOW), 0);
    addBits(weights, shingleHash(highs, i, SEED_HIGH), 32);
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    if ((weights[bit] ?? 0) > 0) low |= 1 << bit;
    if ((weights[32 + bit] ?? 0) > 0) high |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
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
