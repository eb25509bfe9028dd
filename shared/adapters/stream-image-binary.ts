/**
 * Binary attributes in a DynamoDB stream image. The SDK's GetRecords hands them over as
 * bytes; Lambda delivers a stream event as JSON, where they are base64 strings. The local
 * stream reader turns bytes into base64 (what Lambda sends), and the publisher turns them
 * back into bytes before `unmarshall`, so a packed record reads the same from both.
 */

type Image = Record<string, unknown>;

/** Stored items nest maps and lists only a few levels; deeper is not one of ours. */
const MAX_DEPTH = 32;

const mapBinary = (
  value: unknown,
  convert: (binary: unknown) => unknown,
  depth: number,
): unknown => {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  const attribute = value as Record<string, unknown>;
  if ('B' in attribute) return { B: convert(attribute.B) };
  if (Array.isArray(attribute.BS)) return { BS: attribute.BS.map(convert) };
  if (attribute.M && typeof attribute.M === 'object')
    return { M: mapImage(attribute.M as Image, convert, depth + 1) };
  if (Array.isArray(attribute.L))
    return { L: attribute.L.map((item) => mapBinary(item, convert, depth + 1)) };
  return value;
};

const mapImage = (image: Image, convert: (binary: unknown) => unknown, depth: number): Image =>
  Object.fromEntries(
    Object.entries(image).map(([name, value]) => [name, mapBinary(value, convert, depth)]),
  );

const toBase64 = (binary: unknown): unknown =>
  binary instanceof Uint8Array ? Buffer.from(binary).toString('base64') : binary;

const fromBase64 = (binary: unknown): unknown =>
  typeof binary === 'string' ? new Uint8Array(Buffer.from(binary, 'base64')) : binary;

/** An image as Lambda's JSON event carries it: binary values as base64 strings. */
export const binaryAsBase64 = (image: Image): Image => mapImage(image, toBase64, 0);

/** An image from Lambda's JSON event with its binary values as bytes again. */
export const binaryFromBase64 = (image: Image): Image => mapImage(image, fromBase64, 0);
