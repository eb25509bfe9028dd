import { describe, expect, it } from 'vitest';
import {
  isValidBucketName,
  isValidPartNumber,
  isValidUploadId,
  keyProblem,
  objectFileName,
  percentDecodedBytes,
} from '#local/emulators/s3-key-rules.ts';

describe('percentDecodedBytes', () => {
  it('turns %XX into bytes and other characters into their UTF-8 bytes', () => {
    expect(percentDecodedBytes('a%20b%C3%A9/é')).toEqual(Buffer.from('a bé/é', 'utf8'));
  });

  it('keeps a % that starts no escape as it is', () => {
    expect(percentDecodedBytes('100%-%zz')).toEqual(Buffer.from('100%-%zz'));
  });
});

describe('keyProblem', () => {
  it('accepts a key of exactly 1024 bytes', () => {
    expect(keyProblem(Buffer.alloc(1024, 'k'))).toBeUndefined();
  });

  it('refuses a key of 1025 bytes as KeyTooLongError with its size', () => {
    expect(keyProblem(Buffer.alloc(1025, 'k'))).toEqual({ code: 'KeyTooLongError', size: 1025 });
  });

  it('counts bytes, not characters (512 two-byte characters and one more byte)', () => {
    expect(keyProblem(Buffer.from(`${'é'.repeat(512)}x`, 'utf8'))?.code).toBe('KeyTooLongError');
  });

  it('refuses bytes that are not UTF-8 as InvalidURI', () => {
    expect(keyProblem(Buffer.from([0x61, 0xff, 0xfe]))?.code).toBe('InvalidURI');
  });

  it('accepts what S3 accepts: ../ segments, long segments and control characters', () => {
    for (const key of ['../../x', `a/${'s'.repeat(300)}`, 'ctl\u001b[31m\u202e.txt'])
      expect(keyProblem(Buffer.from(key, 'utf8'))).toBeUndefined();
  });
});

describe('objectFileName', () => {
  it('maps any key to 64 hex characters, the same every time', () => {
    const names = ['../../x', 'k'.repeat(1024), 'a\u0000b', ''].map(objectFileName);

    for (const name of names) expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(objectFileName('../../x')).toBe(names[0]);
  });

  it('gives different keys different names', () => {
    expect(objectFileName('a/b')).not.toBe(objectFileName('a%2Fb'));
  });
});

describe('request parts that s3rver joins into paths', () => {
  it('accepts only S3 bucket names', () => {
    expect(isValidBucketName('articles-bucket')).toBe(true);
    for (const name of ['..', '../..', 'a/b', 'UPPER', 'x'.repeat(64), ''])
      expect(isValidBucketName(name)).toBe(false);
  });

  it('accepts only upload ids of the form s3rver makes', () => {
    expect(isValidUploadId('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(isValidUploadId('../../../etc')).toBe(false);
  });

  it('accepts part numbers 1 to 10000 only', () => {
    expect(['1', '10000'].map(isValidPartNumber)).toEqual([true, true]);
    expect(['0', '10001', '../1', '01'].map(isValidPartNumber)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
