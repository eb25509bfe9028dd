import { describe, expect, it } from 'vitest';
import { readAtMost } from '#shared/adapters/bounded-read.ts';

/** A stream of the given chunks that records whether its reader cancelled it. */
const streamOf = (chunks: number[]) => {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[state.pulled];
      state.pulled += 1;
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(state.pulled));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
};

describe('readAtMost', () => {
  it('reads a body of exactly the limit whole', async () => {
    const { stream } = streamOf([4, 6]);

    const read = await readAtMost(stream, 10);

    expect(read.complete).toBe(true);
    expect(read.bytes).toEqual(new Uint8Array([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]));
  });

  it('stops past the limit and cancels the rest unread', async () => {
    const { stream, state } = streamOf([8, 8, 8, 8]);

    const read = await readAtMost(stream, 10);

    expect(read.complete).toBe(false);
    expect(read.bytes.byteLength).toBe(16);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(4);
  });

  it('reads no body as empty', async () => {
    expect(await readAtMost(null, 10)).toEqual({ bytes: new Uint8Array(), complete: true });
  });
});
