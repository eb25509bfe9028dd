const SQS_QUEUE_URL =
  /^https:\/\/sqs\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/\d{12}\/[\w-]{1,80}(\.fifo)?$/;
/** The path of a queue URL on another SQS endpoint (LocalStack, ElasticMQ ...). */
const QUEUE_PATH = /^\/\d{12}\/[\w-]{1,80}(\.fifo)?$/;

/** A queue URL on the endpoint AWS_ENDPOINT_URL_SQS names, which the SDK then talks to. */
const isCustomEndpointUrl = (url: string): boolean => {
  const endpoint = process.env.AWS_ENDPOINT_URL_SQS ?? process.env.AWS_ENDPOINT_URL;
  if (!endpoint || !URL.canParse(url) || !URL.canParse(endpoint)) return false;
  const parsed = new URL(url);
  return parsed.origin === new URL(endpoint).origin && QUEUE_PATH.test(parsed.pathname);
};

/** An SQS queue URL on AWS, or on the endpoint the SDK is told to use instead. */
export const isSqsQueueUrl = (url: string): boolean =>
  SQS_QUEUE_URL.test(url) || isCustomEndpointUrl(url);
