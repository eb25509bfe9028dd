import { describe, expect, it } from 'vitest';
import { WIN_ANSI } from '#shared/formats/pdf/encodings.ts';
import { builtInEncoding } from '#shared/formats/pdf/type1.ts';

describe('builtInEncoding', () => {
  it('reads the dup/put entries of a Type 1 program, keeping the fallback elsewhere', () => {
    const program = `%!PS-AdobeFont-1.0: CMR10 003.002
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
dup 12 /fi put
dup 92 /quotedblleft put
dup 19 /acute put
readonly def
currentdict end
currentfile eexec dup 13 /bogus put`;

    const table = builtInEncoding(program, WIN_ANSI);

    expect([table?.[12], table?.[92], table?.[19], table?.[65], table?.[13]]).toEqual([
      'fi',
      '“',
      '´',
      'A',
      '\r',
    ]);
  });

  it('gives nothing for a program that uses StandardEncoding', () => {
    expect(builtInEncoding('/Encoding StandardEncoding def currentfile eexec', WIN_ANSI)).toBe(
      undefined,
    );
  });
});
