import { describe, expect, it } from 'vitest';
import {
  bandKeysFor,
  bandProbes,
  canBeNearOriginal,
  closestBandGap,
  fingerprintBands,
} from '#shared/domain/fingerprint-bands.ts';

const FINGERPRINT = '0123456789abcdef';

/** The fingerprint with bit `bit` (0 = the lowest) flipped. */
const flip = (fingerprint: string, bit: number): string =>
  (BigInt(`0x${fingerprint}`) ^ (1n << BigInt(bit))).toString(16).padStart(16, '0');

describe('fingerprint bands', () => {
  it('cuts a fingerprint into four bands of four hex digits, the first band first', () => {
    expect(fingerprintBands(FINGERPRINT)).toEqual(['0123', '4567', '89ab', 'cdef']);
  });

  it('gives no bands for a value that is not a 64-bit hex fingerprint', () => {
    expect(fingerprintBands('0123')).toEqual([]);
    expect(fingerprintBands('0123456789ABCDEF')).toEqual([]);
  });

  it('probes each band with its value and the 16 values one bit away', () => {
    const probes = bandProbes(FINGERPRINT, 'neighbours');

    expect(probes).toHaveLength(4 * 17);
    expect(probes.filter((probe) => probe.band === 3).map((probe) => probe.value)).toEqual(
      expect.arrayContaining(['cdef', 'cdee', '4def', 'cdeb']),
    );
  });

  it('probes only each band value with exact probes, and nothing when off', () => {
    expect(bandProbes(FINGERPRINT, 'exact')).toEqual([
      { band: 0, value: '0123' },
      { band: 1, value: '4567' },
      { band: 2, value: '89ab' },
      { band: 3, value: 'cdef' },
    ]);
    expect(bandProbes(FINGERPRINT, 'off')).toEqual([]);
  });

  it('finds every fingerprint within 3 bits with exact probes, and not one bit off in every band', () => {
    const near = [0, 16, 32].reduce(flip, FINGERPRINT);
    const spread = [0, 16, 32, 48].reduce(flip, FINGERPRINT);
    const found = (other: string) =>
      bandProbes(FINGERPRINT, 'exact').some(
        (probe) => fingerprintBands(other)[probe.band] === probe.value,
      );

    expect(found(near)).toBe(true);
    expect(found(spread)).toBe(false);
  });

  it('finds every fingerprint within 7 bits through some probe (pigeonhole)', () => {
    // Seven flips spread as evenly as possible: bands get 2, 2, 2 and 1.
    const bits = [0, 1, 16, 17, 32, 33, 48];
    const far = bits.reduce(flip, FINGERPRINT);
    const probes = bandProbes(FINGERPRINT, 'neighbours');
    const farBands = fingerprintBands(far);

    expect(closestBandGap(FINGERPRINT, far)).toBe(1);
    expect(probes.some((probe) => farBands[probe.band] === probe.value)).toBe(true);
  });

  it('misses a fingerprint whose every band differs in two bits', () => {
    const far = [0, 1, 16, 17, 32, 33, 48, 49].reduce(flip, FINGERPRINT);
    const farBands = fingerprintBands(far);

    expect(closestBandGap(FINGERPRINT, far)).toBe(2);
    expect(
      bandProbes(FINGERPRINT, 'neighbours').some((probe) => farBands[probe.band] === probe.value),
    ).toBe(false);
  });
});

describe('band keys of a record', () => {
  const long = { fingerprint: FINGERPRINT, wordCount: 120 };

  it('indexes an article of 50 words or more under each band', () => {
    expect(bandKeysFor(long)).toEqual({
      fingerprintBand0: '0123',
      fingerprintBand1: '4567',
      fingerprintBand2: '89ab',
      fingerprintBand3: 'cdef',
    });
  });

  it('leaves out short bodies and copies, which are never an original', () => {
    expect(bandKeysFor({ ...long, wordCount: 49 })).toEqual({});
    expect(bandKeysFor({ ...long, duplicateOf: 'a' })).toEqual({});
    expect(bandKeysFor({ ...long, nearDuplicateOf: { articleId: 'a', similarity: 0.9 } })).toEqual(
      {},
    );
    expect(canBeNearOriginal({ wordCount: 120 })).toBe(false);
  });
});
