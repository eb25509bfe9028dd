import { strToU8 } from 'fflate';
import type { Rng } from './prng.ts';

/**
 * Byte-level mutations of a valid document. Each keeps the input small (well under a
 * megabyte), so many mutated inputs can share one worker process; the multi-megabyte
 * cases live in the hostile catalogue.
 */
export type Mutation = (rng: Rng, bytes: Uint8Array, scale: MutationScale) => Uint8Array;

/** How much a mutation may insert. */
export interface MutationScale {
  /** Most copies of a duplicated slice (of up to 4 KiB). */
  maxCopies: number;
  /** Most nesting tokens inserted at one place. */
  maxTokens: number;
  /** Longest line or attribute inserted. */
  maxHuge: number;
}

/** `npm run fuzz`: up to ~200 KB inserted, deep enough to matter, small enough to share a worker. */
export const FULL_SCALE: MutationScale = { maxCopies: 50, maxTokens: 5000, maxHuge: 200_000 };
/** The slice in `npm test`: the same mutations a tenth as large, so the slice stays quick. */
export const SLICE_SCALE: MutationScale = { maxCopies: 5, maxTokens: 500, maxHuge: 20_000 };

/** Most bytes flipped per input: a few keep the document recognisable. */
const MAX_FLIPS = 16;
/** Longest slice duplicated. */
const MAX_SLICE = 4096;

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

const duplicate: Mutation = (rng, bytes, scale) => {
  const start = rng.int(0, bytes.length);
  const slice = bytes.subarray(start, start + rng.int(1, MAX_SLICE));
  const copies = rng.int(1, scale.maxCopies);
  const repeated = new Uint8Array(slice.length * copies);
  for (let i = 0; i < copies; i++) repeated.set(slice, i * slice.length);
  return splice(bytes, position(rng, bytes), repeated);
};

const nest: Mutation = (rng, bytes, scale) =>
  splice(
    bytes,
    position(rng, bytes),
    strToU8(rng.pick(NESTING_TOKENS).repeat(rng.int(1, scale.maxTokens))),
  );

const hugeLine: Mutation = (rng, bytes, scale) => {
  const unit = rng.pick(['word ', 'x', '\t', '=']);
  return splice(
    bytes,
    position(rng, bytes),
    strToU8(unit.repeat(Math.ceil(rng.int(1, scale.maxHuge) / unit.length))),
  );
};

const TAG_START = /<[A-Za-z][\w:.-]*/g;

const hugeAttribute: Mutation = (rng, bytes, scale) => {
  // A single-byte decoding: a character's index is its byte offset, whatever the bytes are.
  const text = new TextDecoder('latin1').decode(bytes);
  const tags = [...text.matchAll(TAG_START)];
  const attribute = strToU8(` data-x="${'a'.repeat(rng.int(1, scale.maxHuge))}"`);
  if (tags.length === 0) return splice(bytes, 0, attribute);
  const tag = rng.pick(tags);
  return splice(bytes, tag.index + tag[0].length, attribute);
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
