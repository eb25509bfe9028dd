import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Real sequencers are 16-18 upper-case hex digits; ours are padded to this width. */
const SEQUENCER_DIGITS = 18;

export interface Sequencer {
  /** The next sequencer: strictly greater than every one issued before, also across restarts. */
  next(): string;
}

const nowMicros = (): bigint => BigInt(Date.now()) * 1000n;

/**
 * A hybrid clock: microseconds since the epoch, bumped by one when two events share a
 * microsecond or the clock stepped back. The last value is persisted in `file`, so a
 * restart never issues a smaller sequencer (S3's are per key; ours are global, which
 * is stricter and therefore also per key).
 */
export const openSequencer = (file: string): Sequencer => {
  mkdirSync(path.dirname(file), { recursive: true });
  let last = existsSync(file) ? BigInt(`0x${readFileSync(file, 'utf8').trim() || '0'}`) : 0n;
  return {
    next() {
      const now = nowMicros();
      last = now > last ? now : last + 1n;
      const hex = last.toString(16).toUpperCase().padStart(SEQUENCER_DIGITS, '0');
      writeFileSync(`${file}.tmp`, hex);
      renameSync(`${file}.tmp`, file);
      return hex;
    },
  };
};
