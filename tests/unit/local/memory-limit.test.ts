import { describe, expect, it } from 'vitest';
import { heapLimitMb, memoryFlags } from '#local/runtime/memory-limit.ts';

describe('heapLimitMb', () => {
  it('leaves 10% of a large memory size for what lives outside the heap', () => {
    expect(heapLimitMb(1024)).toBe(921);
  });

  it('leaves at least 48 MB outside the heap of a small function', () => {
    expect(heapLimitMb(128)).toBe(80);
  });

  it('never goes below the 32 MB a bundle needs to load', () => {
    expect(heapLimitMb(64)).toBe(32);
  });
});

describe('memoryFlags', () => {
  it('splits the heap into old space and V8-sized semi-spaces for a large function', () => {
    expect(memoryFlags(1024)).toEqual(['--max-old-space-size=873', '--max-semi-space-size=16']);
  });

  it('gives a small function small semi-spaces, so most of its heap is old space', () => {
    expect(memoryFlags(128)).toEqual(['--max-old-space-size=74', '--max-semi-space-size=2']);
  });
});
