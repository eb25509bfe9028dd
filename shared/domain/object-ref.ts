/**
 * What the rest of the code knows about one S3 event, after the event boundary has
 * validated it and decoded the key exactly once. Nothing downstream sees a raw event.
 */
export type ObjectChange = 'created' | 'removed';

export interface ObjectRef {
  bucket: string;
  /** The object key, URL-decoded (`a+b.txt` in the event is `a b.txt` here). */
  key: string;
  change: ObjectChange;
  /** The S3 event name, e.g. `ObjectCreated:Put`, `ObjectRemoved:DeleteMarkerCreated`. */
  eventName: string;
  eventTime: string;
  /** S3's per-key ordering token (hex, variable length). Compare with `sequencerKey`. */
  sequencer: string;
  versionId?: string;
  eTag?: string;
  size?: number;
}

/** Width every sequencer is left-padded to, so that string order is numeric order. */
export const SEQUENCER_WIDTH = 32;

/** A sequencer normalised for comparison: upper-case hex, zero-padded to one width. */
export const sequencerKey = (sequencer: string): string =>
  sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');
