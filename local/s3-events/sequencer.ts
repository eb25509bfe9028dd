import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Real sequencers are 16-18 upper-case hex digits; ours are padded to this width. */
const SEQUENCER_DIGITS = 18;
/**
 * How far past the last sequencer issued the file claims, in microseconds (10 s): the
 * file is rewritten once per claim, not once per event. A sync write and rename took
 * about 4 ms here, on the event path of every upload.
 */
export const SEQUENCER_CLAIM = 10_000_000n;

export interface Sequencer {
  /** The next sequencer: strictly greater than every one issued before, also across restarts. */
  next(): string;
}

const nowMicros = (): bigint => BigInt(Date.now()) * 1000n;

/**
 * A hybrid clock: microseconds since the epoch, bumped by one when two events share a
 * microsecond or the clock stepped back. S3's sequencers are per key; ours are global,
 * which is stricter and therefore also per key. So that a restart never issues a smaller
 * one, `file` holds a claim: a value no sequencer issued yet has reached. It is written
 * (temp file, then rename) before the first sequencer past the previous claim is handed
 * out, and a restart starts from it. Sequencers only need order, so the gap a restart
 * leaves is harmless.
 */
export const openSequencer = (file: string): Sequencer => {
  mkdirSync(path.dirname(file), { recursive: true });
  let claimed = existsSync(file) ? BigInt(`0x${readFileSync(file, 'utf8').trim() || '0'}`) : 0n;
  let last = claimed;
  const claim = (upTo: bigint) => {
    writeFileSync(`${file}.tmp`, upTo.toString(16).toUpperCase());
    renameSync(`${file}.tmp`, file);
    claimed = upTo;
  };
  return {
    next() {
      const now = nowMicros();
      const value = now > last ? now : last + 1n;
      if (value > claimed) claim(value + SEQUENCER_CLAIM);
      last = value;
      return value.toString(16).toUpperCase().padStart(SEQUENCER_DIGITS, '0');
    },
  };
};
