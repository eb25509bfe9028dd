/** An SQS queue named by ARN: `arn:PARTITION:sqs:REGION:ACCOUNT:NAME`. */
export interface QueueArn {
  partition: string;
  region: string;
  accountId: string;
  name: string;
}

/** Queue names are 1-80 letters, digits, `-` and `_`; a FIFO queue's name ends in `.fifo`. */
const QUEUE_ARN = /^arn:(aws[a-z-]*):sqs:([a-z0-9-]+):(\d{12}):([\w-]{1,80}(?:\.fifo)?)$/;
/** The AWS form of a queue URL (also the `.cn` partition's); custom endpoints differ. */
const QUEUE_URL_REGION = /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/\d{12}\//;

/** The parts of an SQS queue ARN, or undefined when `text` is no SQS queue ARN. */
export const parseQueueArn = (text: string): QueueArn | undefined => {
  const match = QUEUE_ARN.exec(text);
  if (!match) return undefined;
  const [, partition = '', region = '', accountId = '', name = ''] = match;
  return { partition, region, accountId, name };
};

/** The region a queue ARN or an AWS queue URL names; undefined for other URLs. */
export const regionOfQueue = (queue: string): string | undefined =>
  parseQueueArn(queue)?.region ?? QUEUE_URL_REGION.exec(queue)?.[1];
