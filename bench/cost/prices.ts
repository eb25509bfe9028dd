/**
 * AWS list prices the cost model (`npm run cost`) uses: us-east-1, on-demand, no free
 * tier (it does not scale with volume), arm64 Lambda. Change them here only, with the
 * date. From the public price pages:
 * - https://aws.amazon.com/lambda/pricing/ (arm64, first 7.5 billion GB-s a month; since
 *   August 2025 the INIT phase of on-demand functions is billed as duration)
 * - https://aws.amazon.com/sqs/pricing/ (standard queue, after the first 1M requests;
 *   each 64 KB chunk of a request is one request)
 * - https://aws.amazon.com/s3/pricing/ (S3 Standard requests)
 * - https://aws.amazon.com/dynamodb/pricing/on-demand/ (on-demand after the November
 *   2024 cut; Streams read request units; standard table class)
 * - https://aws.amazon.com/dynamodb/pricing/provisioned/ (provisioned capacity, standard
 *   table class, single region; recorded 2026-12-03 with the rest, the November 2024 cut
 *   was to on-demand only)
 * - https://aws.amazon.com/cloudwatch/pricing/ (Logs: Lambda's logs are vended logs,
 *   first 10 TB tier; storage compressed, per GB-month)
 * - https://aws.amazon.com/xray/pricing/ (traces recorded)
 */
export const PRICES_AS_OF = '2025-06 (AWS price pages); recorded 2026-12-03, not re-checked online';
export const PRICES_REGION = 'us-east-1';

export const PRICES = {
  /** Lambda arm64, $ per GB-second of duration (init included). */
  lambdaGbSecond: 0.000_013_333_4,
  /** Lambda, $ per request (invocation): $0.20 per million. */
  lambdaRequest: 0.2 / 1e6,
  /** SQS standard, $ per request (up to 64 KB): $0.40 per million. */
  sqsRequest: 0.4 / 1e6,
  /** S3 Standard GET, $ per request: $0.0004 per 1,000. */
  s3Get: 0.0004 / 1000,
  /** S3 Standard PUT, COPY, POST, LIST, $ per request: $0.005 per 1,000. */
  s3Put: 0.005 / 1000,
  /** DynamoDB on-demand, $ per write request unit: $0.625 per million. */
  dynamoWriteUnit: 0.625 / 1e6,
  /** DynamoDB on-demand, $ per read request unit: $0.125 per million. */
  dynamoReadUnit: 0.125 / 1e6,
  /** DynamoDB provisioned, $ per write capacity unit-hour (one 1 KB write a second). */
  dynamoWcuHour: 0.000_65,
  /** DynamoDB provisioned, $ per read capacity unit-hour (one consistent 4 KB read a second). */
  dynamoRcuHour: 0.000_13,
  /** DynamoDB Streams, $ per GetRecords read request unit: $0.02 per 100,000. */
  streamReadUnit: 0.02 / 1e5,
  /** CloudWatch Logs ingestion (vended, first 10 TB), $ per GB. */
  logsIngestedGb: 0.5,
  /** X-Ray, $ per trace recorded: $5.00 per million. */
  xrayTrace: 5 / 1e6,
} as const;

export type Prices = typeof PRICES;
