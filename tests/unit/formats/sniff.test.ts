import { describe, expect, it } from 'vitest';
import { sniffBinaryText, sniffMagic } from '#shared/formats/sniff.ts';

const bytesOf = (...values: number[]) => new Uint8Array(values);

describe('sniffMagic', () => {
  it.each([
    ['pdf', bytesOf(0x25, 0x50, 0x44, 0x46, 0x2d)],
    ['zip', bytesOf(0x50, 0x4b, 0x03, 0x04, 0x14)],
    ['gzip', bytesOf(0x1f, 0x8b, 0x08)],
  ])('recognises %s by its magic bytes', (kind, bytes) => {
    expect(sniffMagic(bytes)).toEqual({ kind });
  });

  it('calls an image binary', () => {
    expect(sniffMagic(bytesOf(0x89, 0x50, 0x4e, 0x47, 0x0d)).kind).toBe('binary');
  });

  it('lets text through', () => {
    expect(sniffMagic(new TextEncoder().encode('Plain words.'))).toEqual({ kind: 'text' });
  });
});

describe('sniffBinaryText', () => {
  it('calls text with a NUL character binary', () => {
    expect(sniffBinaryText('abc\u0000def').kind).toBe('binary');
  });

  it('calls text thick with control characters binary', () => {
    expect(sniffBinaryText('ab\u0001\u0002cd\u0003\u0004ef').kind).toBe('binary');
  });

  it('accepts prose with tabs, newlines and form feeds', () => {
    expect(sniffBinaryText('One line.\n\tTwo\r\n\fthree.')).toEqual({ kind: 'text' });
  });
});
