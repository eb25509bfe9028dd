import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
 */
export class StreamCheckpoint {
  private readonly file: string;
  private state: Checkpoint = { streamArn: '', shards: {} };

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

  private save(): void {
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
  }
}
