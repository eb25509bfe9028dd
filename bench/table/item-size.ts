/**
 * DynamoDB's item size, as its developer guide counts it, and the write units an item
 * costs: an attribute is its name's UTF-8 bytes plus its value's; a string is its UTF-8
 * bytes, a number about one byte per two significant digits plus one, a boolean or null
 * one byte, a binary its length in bytes, a list or map 3 bytes plus one per element (a
 * map's keys count as names).
 */

/** One write unit covers an item of up to 1 KB; a larger item costs one per KB begun. */
export const WRITE_UNIT_BYTES = 1024;

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

const numberBytes = (value: number): number => {
  const digits = String(Math.abs(value)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
};

/** The stored size of one value (undefined is left out by the marshaller, so it is 0). */
export const valueBytes = (value: unknown): number => {
  if (value === undefined) return 0;
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number') return numberBytes(value);
  if (value instanceof Uint8Array) return value.length;
  if (Array.isArray(value)) {
    return 3 + value.reduce((sum: number, element) => sum + 1 + valueBytes(element), 0);
  }
  if (typeof value === 'object') return 3 + attributesBytes(value as Record<string, unknown>, 1);
  throw new TypeError(`No DynamoDB size for a ${typeof value}`);
};

/** Names plus values of a map's defined attributes, and `perElement` bytes for each. */
const attributesBytes = (attributes: Record<string, unknown>, perElement: number): number =>
  Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .reduce((sum, [name, value]) => sum + perElement + utf8(name) + valueBytes(value), 0);

/** The size of a whole item: its top-level attributes, names included. */
export const itemBytes = (item: Record<string, unknown>): number => attributesBytes(item, 0);

/** Write units to put an item of `bytes` (at least one). */
export const writeUnits = (bytes: number): number =>
  Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));

/**
 * The bytes every attribute name of an item takes, nested map keys included, and what
 * they would take at two characters each: what short attribute names could save.
 */
export const nameBytes = (value: unknown): { names: number; short: number } => {
  const total = { names: 0, short: 0 };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [name, child] of Object.entries(node)) {
        if (child === undefined) continue;
        total.names += utf8(name);
        total.short += Math.min(utf8(name), 2);
        visit(child);
      }
    }
  };
  visit(value);
  return total;
};
