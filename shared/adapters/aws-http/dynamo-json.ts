import { marshall, type NativeAttributeValue, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoItem } from '../dynamo-api.ts';

/** As `createDocumentClient`: undefined optional fields are left out, class instances refused. */
const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false };
/** DynamoDB nests at most 32 levels; deeper is no attribute value of ours. */
const MAX_DEPTH = 40;

type Wire = Record<string, unknown>;

/** A document (Key, Item, values) as DynamoDB attribute values. */
export const toWire = (item: DynamoItem): Wire =>
  marshall(item as Record<string, NativeAttributeValue>, MARSHALL_OPTIONS) as Wire;

/** DynamoDB attribute values back as a document; `B` and `BS` come as base64 text. */
export const fromWire = (wire: unknown): DynamoItem => {
  const values = wire as Record<string, unknown>;
  const decoded: Wire = {};
  for (const [name, value] of Object.entries(values)) decoded[name] = withBinary(value, 0);
  return unmarshall(decoded as Parameters<typeof unmarshall>[0]);
};

const base64Bytes = (text: unknown): Uint8Array =>
  new Uint8Array(Buffer.from(String(text), 'base64'));

/** One attribute value with its binary members as bytes, as the SDK's deserializer gives them. */
const withBinary = (value: unknown, depth: number): unknown => {
  if (depth > MAX_DEPTH) throw new Error('DynamoDB answered an attribute value nested too deep');
  if (typeof value !== 'object' || value === null) return value;
  const av = value as Wire;
  if ('B' in av) return { B: base64Bytes(av.B) };
  if ('BS' in av && Array.isArray(av.BS)) return { BS: av.BS.map(base64Bytes) };
  if ('L' in av && Array.isArray(av.L)) return { L: av.L.map((v) => withBinary(v, depth + 1)) };
  if ('M' in av && typeof av.M === 'object' && av.M !== null) {
    const map: Wire = {};
    for (const [k, v] of Object.entries(av.M)) map[k] = withBinary(v, depth + 1);
    return { M: map };
  }
  return value;
};

/**
 * A request as JSON: bytes (`B`, `BS`) as base64, as the JSON protocol carries them.
 * The replacer looks at the holder's own value, before Buffer's `toJSON` rewrites it.
 */
export const stringifyRequest = (request: unknown): string =>
  JSON.stringify(request, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Uint8Array
      ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64')
      : value;
  });
