import { describe, expect, it } from 'vitest';
import { InvalidEventError } from '#shared/domain/errors.ts';
import { decodeS3Key, encodeS3Key } from '#shared/events/s3-key-encoding.ts';

describe('encodeS3Key', () => {
  it('writes a space as a plus and a plus as %2B', () => {
    expect(encodeS3Key('a b+c.txt')).toBe('a+b%2Bc.txt');
  });

  it('percent-encodes non-ASCII letters as UTF-8 bytes', () => {
    expect(encodeS3Key('Café Über.txt')).toBe('Caf%C3%A9+%C3%9Cber.txt');
  });

  it('leaves letters, digits, slashes and -_.* as they are', () => {
    expect(encodeS3Key('news/2025-11_05.v2*.txt')).toBe('news/2025-11_05.v2*.txt');
  });

  it('percent-encodes reserved characters such as = ( ) : , ~ and %', () => {
    expect(encodeS3Key('dt=1/(a):b,c~d%e')).toBe('dt%3D1/%28a%29%3Ab%2Cc%7Ed%25e');
  });

  it('encodes characters outside the basic plane as four UTF-8 bytes', () => {
    expect(encodeS3Key('🗞.txt')).toBe('%F0%9F%97%9E.txt');
  });
});

describe('decodeS3Key', () => {
  it('reads a plus as a space and %2B as a plus', () => {
    expect(decodeS3Key('a+b%2Bc.txt')).toBe('a b+c.txt');
  });

  it('decodes UTF-8 percent escapes to letters', () => {
    expect(decodeS3Key('Reports/%C3%9Cber+uns+%2B+Caf%C3%A9.txt')).toBe(
      'Reports/Über uns + Café.txt',
    );
  });

  it('decodes only once, so an encoded percent stays a percent escape', () => {
    expect(decodeS3Key('100%2525.txt')).toBe('100%25.txt');
  });

  it('accepts %20 for a space, as other producers write it', () => {
    expect(decodeS3Key('a%20b.txt')).toBe('a b.txt');
  });

  it('throws InvalidEventError when a percent escape is malformed', () => {
    expect(() => decodeS3Key('bad%ZZkey')).toThrow(InvalidEventError);
  });
});

describe('encodeS3Key and decodeS3Key', () => {
  const keys = [
    'plain.txt',
    'with space.txt',
    'a+b.txt',
    'a + b/c d+e.md',
    'Reports/Über uns + Café Crème.txt',
    '日本語/記事 1.html',
    "odd !$&'()*,;=@[]{}^`|~#?.txt",
    '100% sure.txt',
    'tab\there.txt',
    '🗞 news.txt',
  ];

  it.each(keys)('round-trips %j', (key) => {
    expect(decodeS3Key(encodeS3Key(key))).toBe(key);
  });

  it('writes each space as one plus and keeps no raw space', () => {
    for (const key of keys) {
      const encoded = encodeS3Key(key);
      expect(encoded).not.toContain(' ');
      expect(encoded.split('+').length).toBe(key.split(' ').length);
    }
  });
});
