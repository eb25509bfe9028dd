import { FORGED_CONFIGURATION_ID } from './queue-observer.ts';

/**
 * An S3 record the suite makes up from a real one: another event name and sequencer,
 * marked with its own `configurationId` so the model never takes it for a real write.
 */
export const forgedEvent = (
  real: Record<string, unknown>,
  change: { eventName: string; sequencer: string },
): Record<string, unknown> => {
  const s3 = real.s3 as { object: Record<string, unknown> } & Record<string, unknown>;
  const { size: _size, eTag: _eTag, ...object } = s3.object;
  const removal = change.eventName.startsWith('ObjectRemoved:');
  return {
    ...real,
    eventName: change.eventName,
    s3: {
      ...s3,
      configurationId: FORGED_CONFIGURATION_ID,
      object: {
        ...object,
        ...(removal ? {} : { size: s3.object.size, eTag: s3.object.eTag }),
        sequencer: change.sequencer,
      },
    },
  };
};

/** Far above any sequencer the stack will issue: a forged removal "from the future". */
export const FORGED_HUGE_SEQUENCER = 'FFFFFFFFFFFFFFFFFFFFFFFF';
