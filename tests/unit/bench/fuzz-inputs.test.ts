import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '#bench/fuzz/families.ts';
import { GENERATORS } from '#bench/fuzz/generate.ts';
import { HOSTILE_CATALOGUE } from '#bench/fuzz/hostile.ts';
import { fuzzInputs } from '#bench/fuzz/inputs.ts';
import { SLICE_SCALE } from '#bench/fuzz/mutate.ts';
import { buildOutcome } from '#bench/fuzz/outcome.ts';
import { createRng } from '#bench/fuzz/prng.ts';
import { declaredSizes, patchDeclaredSize } from '#bench/fuzz/zip-patch.ts';

describe('fuzzInputs', () => {
  it('gives the same names and bytes for the same seed', () => {
    const first = fuzzInputs('html', 42, 5, SLICE_SCALE);
    const second = fuzzInputs('html', 42, 5, SLICE_SCALE);

    expect(second.map((i) => i.name)).toEqual(first.map((i) => i.name));
    expect(second.map((i) => i.make())).toEqual(first.map((i) => i.make()));
  });

  it('gives different inputs for another seed', () => {
    const [first] = fuzzInputs('text', 1, 1);
    const [other] = fuzzInputs('text', 2, 1);

    expect(other?.make()).not.toEqual(first?.make());
  });

  it('keeps input i the same whatever the count, so a smaller run reproduces a failure', () => {
    const small = fuzzInputs('rss', 9, 2, SLICE_SCALE);
    const large = fuzzInputs('rss', 9, 6, SLICE_SCALE);

    expect(large.slice(0, 4).map((i) => i.make())).toEqual(small.map((i) => i.make()));
  });

  it('names one generated and one mutated input per index, keyed with the family extension', () => {
    const inputs = fuzzInputs('docx', 1, 2, SLICE_SCALE);

    expect(inputs.map((i) => i.name)).toEqual([
      'docx/gen-0',
      expect.stringMatching(/^docx\/mut-0-[\w-]+$/),
      'docx/gen-1',
      expect.stringMatching(/^docx\/mut-1-[\w-]+$/),
    ]);
    expect(inputs[0]?.key).toBe('fuzz/docx-gen-0.docx');
  });
});

describe('the generators', () => {
  it.each(FAMILIES)('build %s documents the pipeline reads as articles', (family) => {
    const labels = [0, 1, 2].map(
      (seed) =>
        buildOutcome(
          GENERATORS[family](createRng(seed)),
          `fuzz/valid.${family === 'gzip' ? 'txt.gz' : family}`,
        ).label,
    );

    expect(labels.every((label) => label === 'ingested' || label === 'container')).toBe(true);
  });
});

describe('patchDeclaredSize', () => {
  it('makes an entry declare the given size in both headers and leaves its data alone', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(5000).fill(97), 'b.txt': new Uint8Array(3) });

    const patched = patchDeclaredSize(zip, 'a.txt', 100);

    expect(declaredSizes(zip)).toEqual({ 'a.txt': 5000, 'b.txt': 3 });
    expect(declaredSizes(patched)).toEqual({ 'a.txt': 100, 'b.txt': 3 });
    expect(patched.length).toBe(zip.length);
  });

  it('refuses a name the zip does not hold', () => {
    expect(() => patchDeclaredSize(zipSync({ 'a.txt': new Uint8Array(1) }), 'b.txt', 1)).toThrow(
      'no entry b.txt',
    );
  });
});

describe('the hostile catalogue', () => {
  it('names every item once, under hostile/', () => {
    const names = HOSTILE_CATALOGUE.map((item) => item.name);

    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => name.startsWith('hostile/'))).toBe(true);
  });

  it('holds a zip entry that declares 100 bytes and inflates to megabytes', () => {
    const item = HOSTILE_CATALOGUE.find((i) => i.name === 'hostile/zip-lying-size');
    const zip = item?.make() ?? new Uint8Array();

    expect(declaredSizes(zip)['story.txt']).toBe(100);
    // fflate trusts the declared size for its output buffer, so read the data back through a fixed copy.
    const honest = patchDeclaredSize(zip, 'story.txt', 8 * 1024 * 1024 + 200);
    expect(unzipSync(honest)['story.txt']?.length).toBeGreaterThan(8_000_000);
  });
});
