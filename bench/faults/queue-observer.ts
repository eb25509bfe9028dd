import { join } from 'node:path';
import { loadTemplate, readWiring } from '#local/template/read-wiring.ts';
import { decodeS3Key } from '#shared/events/s3-key-encoding.ts';
import { JournalTail, type LiveMessage } from './journal-tail.ts';

/** S3 quotes eTags (`"abc"`); the suite keys contents by the bare MD5. */
const QUOTES = /"/g;

/** The `configurationId` the suite puts on events it forges, so they never count as real. */
export const FORGED_CONFIGURATION_ID = 'faults-forged';

/** One S3 record found in a queue message. */
export interface SeenRecord {
  key: string;
  eventName: string;
  sequencer: string;
  eTag?: string;
  configurationId?: string;
  /** The record as it was queued, to replay it. */
  raw: Record<string, unknown>;
}

interface RawRecord {
  eventName?: string;
  s3?: {
    configurationId?: string;
    object?: { key?: string; sequencer?: string; eTag?: string };
  };
}

const parse = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/** The S3 records of one message body (an `s3:TestEvent` or junk has none). */
export const recordsOfBody = (body: string): SeenRecord[] => {
  const parsed = parse(body) as { Records?: unknown } | undefined;
  if (!Array.isArray(parsed?.Records)) return [];
  return (parsed.Records as RawRecord[]).flatMap((raw) => {
    const object = raw.s3?.object;
    if (typeof object?.key !== 'string' || typeof object.sequencer !== 'string') return [];
    return [
      {
        key: decodeS3Key(object.key),
        eventName: raw.eventName ?? '',
        sequencer: object.sequencer,
        ...(object.eTag ? { eTag: object.eTag.replace(QUOTES, '') } : {}),
        ...(raw.s3?.configurationId ? { configurationId: raw.s3.configurationId } : {}),
        raw: raw as Record<string, unknown>,
      },
    ];
  });
};

const keysOf = (messages: LiveMessage[]) =>
  messages.flatMap((message) => recordsOfBody(message.body).map((r) => r.key));

/**
 * Watches the stack's ingest queue and dead-letter queue through their journals: every
 * real S3 event ever queued (kept across the compactions a restart does, as long as
 * `poll` runs before each restart), and the live messages of each.
 */
export class QueueObserver {
  private readonly events = new Map<string, SeenRecord>();
  private readonly ingest: JournalTail;
  private readonly deadLetters: JournalTail;
  private ingestLive: LiveMessage[] = [];
  private deadLive: LiveMessage[] = [];

  constructor(dataDir: string, cdkOutDir: string) {
    const wiring = readWiring(loadTemplate(cdkOutDir), cdkOutDir);
    const dlqId = wiring.ingestQueue.redrive?.deadLetterQueueLogicalId;
    const dlqName = (dlqId && wiring.queues[dlqId]?.name) || 'no-dead-letter-queue';
    const dir = join(dataDir, 'queues');
    this.ingest = new JournalTail(join(dir, `${wiring.ingestQueue.name}.jsonl`), (body) =>
      this.remember(body),
    );
    this.deadLetters = new JournalTail(join(dir, `${dlqName}.jsonl`));
  }

  poll(): void {
    this.ingestLive = this.ingest.poll();
    this.deadLive = this.deadLetters.poll();
  }

  private remember(body: string): void {
    for (const record of recordsOfBody(body)) {
      if (record.configurationId === FORGED_CONFIGURATION_ID) continue;
      this.events.set(`${record.key}\n${record.sequencer}\n${record.eventName}`, record);
    }
  }

  /** The distinct real events of keys under `prefix`, in the order first seen. */
  realEvents(prefix: string): SeenRecord[] {
    return [...this.events.values()].filter((event) => event.key.startsWith(prefix));
  }

  /** Messages still in the ingest queue (visible or in flight) for keys under `prefix`. */
  liveCount(prefix: string): number {
    return keysOf(this.ingestLive).filter((key) => key.startsWith(prefix)).length;
  }

  /** Messages of keys under `prefix` waiting to be received (not in flight). */
  visibleCount(prefix: string, now: number): number {
    return keysOf(this.ingestLive.filter((m) => m.visibleAt <= now)).filter((key) =>
      key.startsWith(prefix),
    ).length;
  }

  /** Messages in the dead-letter queue for keys under `prefix`. */
  deadLetterCount(prefix: string): number {
    return keysOf(this.deadLive).filter((key) => key.startsWith(prefix)).length;
  }

  /** The keys of the dead letters under `prefix`. */
  deadLetterKeys(prefix: string): string[] {
    return keysOf(this.deadLive).filter((key) => key.startsWith(prefix));
  }
}
