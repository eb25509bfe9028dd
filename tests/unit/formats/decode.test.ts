import { describe, expect, it } from 'vitest';
import { collapseSpaces, decodeBytes, normalizeText } from '../../../shared/formats/decode.ts';

const utf16 = (text: string, bom: number[], littleEndian: boolean): Uint8Array => {
  const bytes = [...bom];
  for (const char of text) {
    const code = char.charCodeAt(0);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(littleEndian ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
};

describe('decodeBytes', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zürich')]);

    expect(decodeBytes(bytes)).toEqual({ text: 'Zürich', encoding: 'utf-8' });
  });

  it('reads UTF-16 little-endian when the BOM says so', () => {
    expect(decodeBytes(utf16('Café', [0xff, 0xfe], true))).toEqual({
      text: 'Café',
      encoding: 'utf-16le',
    });
  });

  it('reads UTF-16 big-endian when the BOM says so', () => {
    expect(decodeBytes(utf16('Café', [0xfe, 0xff], false)).text).toBe('Café');
  });

  it('spots UTF-16 without a BOM by its zero bytes', () => {
    expect(decodeBytes(utf16('Plain news text.', [], true))).toEqual({
      text: 'Plain news text.',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Plain news text.', [], false)).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Caf\xe9 \x93quoted\x94 \x96 \x80" in Windows-1252
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80,
    ]);

    expect(decodeBytes(bytes)).toEqual({ text: 'Café “q” – €', encoding: 'windows-1252' });
  });
});

describe('normalizeText', () => {
  it('composes to NFC, turns CRLF and CR into LF and odd spaces into plain ones, keeps tabs', () => {
    const text = 'Cafe\u0301\r\nline\rtab\there\u00a0nbsp\u200bzero';

    expect(normalizeText(text)).toBe('Café\nline\ntab\there nbspzero');
  });
});

describe('collapseSpaces', () => {
  it('joins lines and runs of spaces into single spaces', () => {
    expect(collapseSpaces('  one\n two   three \n')).toBe('one two three');
  });
});
