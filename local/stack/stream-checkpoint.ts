import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { parseJsonOrUndefined } from './safe-json.ts';

const CHECKPOINT_FILE = 'stream-checkpoint.json';

/** Per shard: the last sequence number delivered, or `closed` once the shard is read to its end. */
const Checkpoint = z.object({
  streamArn: z.string(),
  shards: z.record(z.string(), z.string()),
});
type Checkpoint = z.infer<typeof Checkpoint>;

const CLOSED = 'closed';

/**
 * Where the local stream reader is in each shard, kept in the data dir (written to a
 * temp file, then renamed) so a restarted stack publishes each change once. A new
 * stream (the table was made again) starts from nothing.
 *
 * Saving is asynchronous and coalesced: one write at a time, of the latest state, off the
 * event loop (a sync write per batch blocked every upload behind it). `flush` waits for
 * the last one; a stack stopped without it (a crash) may publish the changes of its last
 * batches again, which the events' ids let consumers drop, as with Lambda's own retries.
 */
export class StreamCheckpoint {
  private readonly file: string;
  private state: Checkpoint = { streamArn: '', shards: {} };
  private dirty = false;
  private saving: Promise<void> | undefined;
  private failure: unknown;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, CHECKPOINT_FILE);
    if (existsSync(this.file)) {
      const parsed = Checkpoint.safeParse(parseJsonOrUndefined(readFileSync(this.file, 'utf8')));
      if (parsed.success) this.state = parsed.data;
    }
  }

  useStream(streamArn: string): void {
    if (this.state.streamArn !== streamArn) this.state = { streamArn, shards: {} };
  }

  /** The sequence number to read after, when the shard was read before. */
  position(shardId: string): string | undefined {
    const at = this.state.shards[shardId];
    return at === CLOSED ? undefined : at;
  }

  isClosed(shardId: string): boolean {
    return this.state.shards[shardId] === CLOSED;
  }

  advance(shardId: string, sequenceNumber: string): void {
    this.state.shards[shardId] = sequenceNumber;
    this.save();
  }

  close(shardId: string): void {
    this.state.shards[shardId] = CLOSED;
    this.save();
  }

  /** Resolves once the state as it is now is on disk; throws what a save threw. */
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
    this.throwFailure();
  }

  private save(): void {
    this.throwFailure();
    this.dirty = true;
    this.saving ??= this.writeLatest()
      .catch((error: unknown) => {
        this.failure = error;
      })
      .finally(() => {
        this.saving = undefined;
      });
  }

  private async writeLatest(): Promise<void> {
    const temp = `${this.file}.tmp`;
    while (this.dirty) {
      this.dirty = false;
      await writeFile(temp, JSON.stringify(this.state));
      await rename(temp, this.file);
    }
  }

  private throwFailure(): void {
    if (this.failure === undefined) return;
    const failure = this.failure;
    this.failure = undefined;
    throw new Error(`Saving the stream checkpoint ${this.file} failed`, { cause: failure });
  }
}
