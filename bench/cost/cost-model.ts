import { batchMakespanMs, type Step } from './batch-duration.ts';
import {
  type CostParameters,
  FULL_VCPU_MB,
  STREAM_BYTES_PER_CALL,
  STREAM_RECORDS_PER_CALL,
} from './parameters.ts';
import type { Prices } from './prices.ts';

/** What one article of a kind costs the function and the services, as measured. */
export interface ArticleProfile {
  name: string;
  /** Input files the figures are medians over. */
  samples: number;
  inputBytes: number;
  /** CPU ms of the handler per article on this machine's one core (in-memory ports). */
  cpuMs: number;
  /** Bytes the handler logs per article (its JSON lines). */
  logBytes: number;
  /** Requests per article, counted at the ports. */
  requests: {
    s3Get: number;
    s3Put: number;
    dynamoGet: number;
    dynamoQuery: number;
    dynamoPut: number;
    dynamoUpdate: number;
  };
  /**
   * DynamoDB round trips the handler waits on one after another: requests the adapter
   * sends together (the band queries, `PROBES_IN_FLIGHT` at a time) count once per round.
   */
  dynamoRounds: number;
  /** Write units of the items written per article: table item + index items, 1 per KB begun. */
  writeUnits: number;
  /** Of `writeUnits`, those of the table item alone (the rest are index items). */
  tableWriteUnits: number;
  /** The table item's bytes: what a stream record of it carries (a new item: the new image). */
  itemBytes: number;
}

/** The init phase, measured by the bench's cold start. */
export interface InitProfile {
  /** CPU ms of the bundle's import on this machine. */
  importCpuMs: number;
  /** The first language detection (the model is built then): paid once per environment. */
  firstDetectionMs: number;
  source: string;
}

/** Bytes Lambda itself logs per invocation (START, END, REPORT and the X-Ray line). */
export interface PlatformLog {
  bytesPerInvocation: number;
}

export interface CostLine {
  line: string;
  /** Units per million articles, in `unit`. */
  units: number;
  unit: string;
  dollars: number;
  /** Shown, but outside the total (the uploader pays it, not the pipeline). */
  excluded?: boolean;
}

export interface CostSummary {
  lines: CostLine[];
  total: number;
  dominant: CostLine;
  /** Per article, ms the function is billed for at the chosen memory: its invocation's share. */
  durationMs: number;
  /** Billed ms of one invocation over a full batch. */
  invocationMs: number;
}

const MILLION = 1e6;
/** A strongly consistent read of up to 4 KB (a new article's record is absent: the minimum). */
const CONSISTENT_GET_UNITS = 1;
/** An eventually consistent query returning nothing or a few small index items. */
const EVENTUAL_QUERY_UNITS = 0.5;
/** SQS requests per batch besides the sends: the receive and one DeleteMessageBatch. */
const SQS_REQUESTS_PER_BATCH = 2;
const GB = 1e9;

/** CPU time stretched to the function's share of a core (less than one below 1,769 MB). */
export const cpuStretch = (memoryMb: number): number => Math.max(1, FULL_VCPU_MB / memoryMb);

/**
 * Round trips that `requests` sent `inFlight` at a time are waited on: equal latencies
 * assumed, so a round ends when its slowest request does and the next starts then.
 */
export const sequentialRounds = (requests: number, inFlight: number): number =>
  requests <= 0 ? 0 : Math.ceil(requests / Math.max(1, inFlight));

/**
 * One message as the handler runs it: the S3 GET waited on, the CPU-bound build at the
 * memory's share of a core, then the rest waited on (the duplicate query and band
 * rounds, the put and any content offload), DynamoDB requests in flight together as one
 * round.
 */
export const messageSteps = (profile: ArticleProfile, params: CostParameters): Step[] => [
  { kind: 'wait', ms: profile.requests.s3Get * params.s3GetMs },
  { kind: 'cpu', ms: profile.cpuMs * cpuStretch(params.memoryMb) },
  {
    kind: 'wait',
    ms: profile.requests.s3Put * params.s3GetMs + profile.dynamoRounds * params.dynamoRequestMs,
  },
];

/**
 * Billed ms of one invocation: a full batch of `batchSize` such messages, up to
 * `messageConcurrency` at once (their waits overlap, their CPU does not), rounded up to
 * the millisecond as Lambda bills.
 */
export const durationMsPerInvocation = (profile: ArticleProfile, params: CostParameters): number =>
  Math.ceil(
    batchMakespanMs(params.batchSize, params.messageConcurrency, messageSteps(profile, params)),
  );

/** Billed ms per article: its invocation's share. */
export const durationMsPerArticle = (profile: ArticleProfile, params: CostParameters): number =>
  durationMsPerInvocation(profile, params) / params.batchSize;

/** Records one GetRecords call returns for items of this size. */
const recordsPerStreamCall = (itemBytes: number): number =>
  Math.max(1, Math.min(STREAM_RECORDS_PER_CALL, Math.floor(STREAM_BYTES_PER_CALL / itemBytes)));

/** A cost line billed at one price per unit. */
const priced = (line: string, units: number, unit: string, price: number): CostLine => ({
  line,
  units,
  unit,
  dollars: units * price,
});

const SECONDS_PER_HOUR = 3600;

/**
 * A DynamoDB line in the table's capacity mode. On demand, each request unit at its
 * price. Provisioned, the units consumed need `consumed / utilisation` unit-seconds
 * provisioned (a steady stream of articles, auto scaling holding its target), billed by
 * the unit-hour; an eventually consistent read of up to 4 KB is half a unit in both.
 */
const dynamoLine = (
  line: string,
  consumed: number,
  kind: 'write' | 'read',
  params: CostParameters,
  prices: Prices,
): CostLine => {
  if (params.capacity === 'on-demand') {
    return kind === 'write'
      ? priced(line, consumed, 'WRU', prices.dynamoWriteUnit)
      : priced(line, consumed, 'RRU', prices.dynamoReadUnit);
  }
  const hourly = kind === 'write' ? prices.dynamoWcuHour : prices.dynamoRcuHour;
  const unit = `${kind === 'write' ? 'WCU' : 'RCU'}-s provisioned`;
  return priced(line, consumed / params.utilisation, unit, hourly / SECONDS_PER_HOUR);
};

/** The cost lines of a million articles like `profile`, each in its own units. */
export const costPerMillion = (
  profile: ArticleProfile,
  init: InitProfile,
  platform: PlatformLog,
  params: CostParameters,
  prices: Prices,
): CostSummary => {
  const gb = params.memoryMb / 1024;
  const invocations = MILLION / params.batchSize;
  const coldStarts = invocations / params.invocationsPerColdStart;
  const invocationMs = durationMsPerInvocation(profile, params);
  const durationMs = invocationMs / params.batchSize;
  const durationGbS = (MILLION * durationMs * gb) / 1000;
  const initMs = init.importCpuMs * cpuStretch(params.memoryMb) + init.firstDetectionMs;
  const initGbS = (coldStarts * initMs * gb) / 1000;
  const { requests } = profile;
  const sqsRequests = MILLION + invocations * SQS_REQUESTS_PER_BATCH;
  const tableWriteUnits = MILLION * profile.tableWriteUnits;
  const indexWriteUnits = MILLION * (profile.writeUnits - profile.tableWriteUnits);
  const readUnits =
    MILLION *
    (requests.dynamoGet * CONSISTENT_GET_UNITS + requests.dynamoQuery * EVENTUAL_QUERY_UNITS);
  const streamCalls = (params.streamConsumers * MILLION) / recordsPerStreamCall(profile.itemBytes);
  const logGb = (MILLION * profile.logBytes + invocations * platform.bytesPerInvocation) / GB;
  const traces = invocations * params.xraySampled;
  const lines: CostLine[] = [
    priced('Lambda duration', durationGbS, 'GB-s', prices.lambdaGbSecond),
    priced('Lambda init (cold starts)', initGbS, 'GB-s', prices.lambdaGbSecond),
    priced('Lambda requests', invocations, 'invocations', prices.lambdaRequest),
    priced('SQS (S3 send, receive, delete)', sqsRequests, 'requests', prices.sqsRequest),
    {
      line: 'S3 GET (+ content offload PUT)',
      units: MILLION * (requests.s3Get + requests.s3Put),
      unit: 'requests',
      dollars: MILLION * (requests.s3Get * prices.s3Get + requests.s3Put * prices.s3Put),
    },
    // Apart, because they shrink in different ways: the item by what it stores, the
    // index items (about 1 unit each) only by fewer indexes or fewer articles in them.
    dynamoLine('DynamoDB writes, table item', tableWriteUnits, 'write', params, prices),
    dynamoLine('DynamoDB writes, index items', indexWriteUnits, 'write', params, prices),
    dynamoLine('DynamoDB reads (record, duplicate query)', readUnits, 'read', params, prices),
    priced('DynamoDB Streams reads', streamCalls, 'GetRecords', prices.streamReadUnit),
    priced('CloudWatch Logs ingestion', logGb, 'GB', prices.logsIngestedGb),
    priced('X-Ray traces', traces, 'traces', prices.xrayTrace),
    {
      line: "uploader's S3 PUT (not counted)",
      units: MILLION,
      unit: 'requests',
      dollars: MILLION * prices.s3Put,
      excluded: true,
    },
  ];
  const counted = lines.filter((line) => !line.excluded);
  const total = counted.reduce((sum, line) => sum + line.dollars, 0);
  const dominant = counted.reduce((top, line) => (line.dollars > top.dollars ? line : top));
  return { lines, total, dominant, durationMs, invocationMs };
};
