/** A replay body is not an SQS event, an S3 notification or an s3:TestEvent. */
export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const recordBodies = (records: unknown[]): string[] =>
  records.map((record, index) => {
    if (!isObject(record)) throw new ReplayError(`Record ${index} is not an object.`);
    if (record.eventSource === 'aws:sqs') {
      if (typeof record.body !== 'string')
        throw new ReplayError(`SQS record ${index} has no string body.`);
      return record.body;
    }
    if (record.eventSource === 'aws:s3') return JSON.stringify({ Records: [record] });
    throw new ReplayError(`Record ${index} is neither an aws:sqs nor an aws:s3 record.`);
  });

/**
 * The message bodies a recorded event puts on the queue: an SQS event's bodies as they
 * are, an S3 notification one record per message (as S3 sends them), an s3:TestEvent
 * as itself. An array replays each of its events.
 */
export const messageBodiesOf = (event: unknown): string[] => {
  if (Array.isArray(event)) return event.flatMap(messageBodiesOf);
  if (!isObject(event)) throw new ReplayError('The event is not a JSON object.');
  if (event.Event === 's3:TestEvent') return [JSON.stringify(event)];
  if (Array.isArray(event.Records)) return recordBodies(event.Records);
  throw new ReplayError('The event is not an SQS event, an S3 notification or an s3:TestEvent.');
};
