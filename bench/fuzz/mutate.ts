import { strToU8 } from 'fflate';
import type { Rng } from './prng.ts';

/**
 * Byte-level mutations of a valid document. Each keeps the input small (well under a
 * megabyte), so many mutated inputs can share one worker process; the multi-megabyte
 * cases live in the hostile catalogue.
 */
export type Mutation = (rng: Rng, bytes: Uint8Array) => Uint8Array;

/** Most bytes flipped per input: a few keep the document recognisable. */
const MAX_FLIPS = 16;
/** Longest slice duplicated, and most copies: up to ~200 KB of repeated structure. */
const MAX_SLICE = 4096;
const MAX_COPIES = 50;
/** Most nesting tokens inserted at one place: deep enough to matter, small enough to share a worker. */
const MAX_TOKENS = 5000;
/** Longest line or attribute a mutation inserts. */
const MAX_HUGE = 200_000;

const NESTING_TOKENS = [
  '<div>',
  '<p>',
  '<b><i>',
  '<![CDATA[',
  '<!--',
  '&amp;',
  '&#x10FFFF;',
  '&bogus;',
  '{"a":[',
  '[',
  '<item>',
  '<entry>',
  '</p>',
  '<',
  '>',
  ']]>',
  '<?pi ',
  '<w:p><w:r><w:t>',
  '\u0000',
  '> ',
] as const;
const ODD_BYTES = [
  [0xff, 0xfe],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0x00],
  [0x1b, 0x5b],
  [0xef, 0xbb, 0xbf],
] as const;

const splice = (bytes: Uint8Array, at: number, insert: Uint8Array, remove = 0): Uint8Array => {
  const out = new Uint8Array(bytes.length + insert.length - remove);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
};

const position = (rng: Rng, bytes: Uint8Array): number => rng.int(0, bytes.length);

const flip: Mutation = (rng, bytes) => {
  const out = bytes.slice();
  for (let i = rng.int(1, MAX_FLIPS); i > 0 && out.length > 0; i--) {
    out[rng.int(0, out.length - 1)] = rng.int(0, 255);
  }
  return out;
};

const truncate: Mutation = (rng, bytes) =>
  bytes.slice(0, rng.int(0, Math.max(0, bytes.length - 1)));

const duplicate: Mutation = (rng, bytes) => {
  const start = rng.int(0, bytes.length);
  const slice = bytes.subarray(start, start + rng.int(1, MAX_SLICE));
  const copies = rng.int(1, MAX_COPIES);
  const repeated = new Uint8Array(slice.length * copies);
  for (let i = 0; i < copies; i++) repeated.set(slice, i * slice.length);
  return splice(bytes, position(rng, bytes), repeated);
};

const nest: Mutation = (rng, bytes) =>
  splice(
    bytes,
    position(rng, bytes),
    strToU8(rng.pick(NESTING_TOKENS).repeat(rng.int(1, MAX_TOKENS))),
  );

const hugeLine: Mutation = (rng, bytes) => {
  const unit = rng.pick(['word ', 'x', '\t', '=']);
  return splice(
    bytes,
    position(rng, bytes),
    strToU8(unit.repeat(Math.ceil(rng.int(1, MAX_HUGE) / unit.length))),
  );
};

const TAG_START = /<[A-Za-z][\w:.-]*/g;

const hugeAttribute: Mutation = (rng, bytes) => {
  const text = new TextDecoder().decode(bytes);
  const tags = [...text.matchAll(TAG_START)];
  const attribute = strToU8(` data-x="${'a'.repeat(rng.int(1, MAX_HUGE))}"`);
  if (tags.length === 0) return splice(bytes, 0, attribute);
  const tag = rng.pick(tags);
  const at = strToU8(text.slice(0, tag.index + tag[0].length)).length;
  return splice(bytes, at, attribute);
};

const oddBytes: Mutation = (rng, bytes) => {
  let out = bytes;
  for (let i = rng.int(1, 8); i > 0; i--)
    out = splice(out, position(rng, out), Uint8Array.from(rng.pick(ODD_BYTES)));
  return out;
};

export const MUTATIONS: Record<string, Mutation> = {
  flip,
  truncate,
  duplicate,
  nest,
  'huge-line': hugeLine,
  'huge-attribute': hugeAttribute,
  'odd-bytes': oddBytes,
};
