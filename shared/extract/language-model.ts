/**
 * eld's n-gram model as bytes, and back. eld ships its model as a ~950 KB object
 * literal: evaluating it costs ~300 ms and bundling it ~1 MB. Here the same data is
 * ~485 KB of bytes, read on the first detection, and looked up in place by binary
 * search: no object per n-gram is built, so the first detection costs a few
 * milliseconds (bench/README.md has the figures).
 *
 * Layout (version 1): "eldm", version byte, the model's type (length byte + ASCII),
 * the language codes in index order (count byte, then length byte + ASCII each), the
 * n-gram count (u32 LE), then one entry per n-gram in ascending key order: key length,
 * key characters (each a code below 256: eld maps text to one character per UTF-8
 * byte), pair count, then (language index, score) byte pairs.
 */

/** eld's model as its own modules hold it (`ngramsData`). */
export interface NgramModelData {
  type: string;
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

const MAGIC = 'eldm';
const VERSION = 1;
/** eld's n-grams are at most 4 bytes with a space on either side. */
const MAX_KEY_CHARS = 6;
const BYTE = 256;

/**
 * An n-gram's characters as one number, most significant first: keys have no
 * character 0 and at most 6 characters (48 bits, exact in a double), so the number
 * identifies the key and sorts like it among keys of the same length.
 */
const keyNumber = (key: string): number => {
  if (key.length > MAX_KEY_CHARS) return -1;
  let value = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 0 || code >= BYTE) return -1;
    value = value * BYTE + code;
  }
  return value;
};

const byteOf = (value: number, what: string): number => {
  if (!Number.isInteger(value) || value < 0 || value >= BYTE)
    throw new RangeError(`${what} ${value} does not fit in a byte`);
  return value;
};

const asciiBytes = (text: string, what: string): number[] => [
  byteOf(text.length, `${what} length`),
  ...Array.from(text, (char) => byteOf(char.charCodeAt(0), what)),
];

/** eld's model as bytes in the layout above; throws on anything the layout cannot hold. */
export const encodeNgramModel = (data: NgramModelData): Uint8Array => {
  const codes = Object.keys(data.languages).map((_, index) => {
    const code = data.languages[index];
    if (code === undefined) throw new RangeError(`language indices are not 0..n-1`);
    return code;
  });
  const entries = Object.entries(data.ngrams)
    .map(([key, scores]) => ({ key, number: keyNumber(key), scores }))
    .sort((a, b) => a.number - b.number);
  const out: number[] = [...Array.from(MAGIC, (c) => c.charCodeAt(0)), VERSION];
  out.push(...asciiBytes(data.type, 'type'), byteOf(codes.length, 'language count'));
  for (const code of codes) out.push(...asciiBytes(code, 'language code'));
  const count = entries.length;
  out.push(count & 0xff, (count >>> 8) & 0xff, (count >>> 16) & 0xff, count >>> 24);
  for (const { key, number, scores } of entries) {
    if (number < 0) throw new RangeError(`n-gram ${JSON.stringify(key)} cannot be encoded`);
    out.push(key.length, ...Array.from(key, (char) => char.charCodeAt(0)));
    const pairs = Object.entries(scores);
    out.push(byteOf(pairs.length, 'pair count'));
    for (const [language, score] of pairs)
      out.push(byteOf(Number(language), 'language index'), byteOf(score, 'score'));
  }
  return Uint8Array.from(out);
};

/** A bounds-checked cursor: a truncated or foreign file throws, never reads past the end. */
const reader = (bytes: Uint8Array) => {
  let at = 0;
  const byte = (): number => {
    const value = bytes[at++];
    if (value === undefined) throw new RangeError('the language model file is truncated');
    return value;
  };
  const ascii = (): string => {
    const length = byte();
    return String.fromCharCode(...Array.from({ length }, byte));
  };
  const skip = (count: number) => {
    at += count;
    if (at > bytes.length) throw new RangeError('the language model file is truncated');
  };
  return { byte, ascii, skip, position: () => at };
};

/** The index of `target` in the ascending `keys`, or -1. */
const findKey = (keys: Float64Array, target: number): number => {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const key = keys[mid] ?? 0;
    if (key === target) return mid;
    if (key < target) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
};

/**
 * eld reads its model only as `ngrams[key]` followed by `for (language in scores)`; this
 * answers exactly that from the bytes, one small object per lookup.
 */
const ngramLookup = (
  bytes: Uint8Array,
  keys: Float64Array,
  offsets: Uint32Array,
): Record<string, Record<number, number>> =>
  new Proxy(Object.create(null) as Record<string, Record<number, number>>, {
    get: (_, key) => {
      const index = typeof key === 'string' ? findKey(keys, keyNumber(key)) : -1;
      if (index < 0) return undefined;
      const read = reader(bytes);
      read.skip(offsets[index] ?? 0);
      const scores: Record<number, number> = {};
      for (let pairs = read.byte(); pairs > 0; pairs--) scores[read.byte()] = read.byte();
      return scores;
    },
  });

/**
 * The model read from `bytes`, shaped as eld's `ngramsData`; its `ngrams` answers a
 * lookup by key with `{ [language index]: score }`, built on demand from the bytes.
 * One pass indexes the entries: a number and an offset each, nothing per n-gram else.
 */
export const decodeNgramModel = (bytes: Uint8Array): NgramModelData => {
  const read = reader(bytes);
  const magic = String.fromCharCode(read.byte(), read.byte(), read.byte(), read.byte());
  if (magic !== MAGIC || read.byte() !== VERSION)
    throw new RangeError('not a version 1 language model file');
  const type = read.ascii();
  const languages: Record<number, string> = {};
  const languageCount = read.byte();
  for (let index = 0; index < languageCount; index++) languages[index] = read.ascii();
  const count = read.byte() + read.byte() * 0x100 + read.byte() * 0x10000 + read.byte() * 0x1000000;
  // Every entry takes at least two bytes: a larger count is a corrupt file, not a size to trust.
  if (count * 2 > bytes.length) throw new RangeError('the language model file is truncated');
  const keys = new Float64Array(count);
  const offsets = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    let key = 0;
    for (let length = read.byte(); length > 0; length--) key = key * BYTE + read.byte();
    if (index > 0 && key <= (keys[index - 1] ?? 0))
      throw new RangeError('the language model file is not in key order');
    keys[index] = key;
    offsets[index] = read.position();
    read.skip(read.byte() * 2);
  }
  return { type, languages, ngrams: ngramLookup(bytes, keys, offsets) };
};
