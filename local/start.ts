import { rmSync } from 'node:fs';
import path from 'node:path';
import { optionsOrExit } from './command-line/options-or-exit.ts';
import { endStaleDynamoDbLocal } from './stack/dynamodb-pid-file.ts';
import { assertPortsFree } from './stack/ports.ts';
import { findRunningStack } from './stack/running-stack.ts';
import { removeStackFile } from './stack/stack-file.ts';
import { type LocalStack, startLocalStack } from './stack/start-local-stack.ts';
import { superviseDynamoDbLocal } from './stack/supervise-dynamodb.ts';
import { synthesize } from './stack/synth.ts';
import { parseStartOptions, USAGE } from './start-options.ts';

/**
 * `npm start`: synthesizes the CDK app, then runs the whole pipeline on this machine
 * (S3-compatible server, DynamoDB Local, the queue and the bundled function) as the
 * template wires it. Prints one line containing `ready` when it accepts uploads.
 */
const CDK_OUT = 'cdk.out';
/** A second signal sooner than this is the same Ctrl-C relayed by a wrapper (npm). */
const DUPLICATE_SIGNAL_MS = 2_000;
/** Ctrl-C, `kill` and a closed terminal: each asks for the same clean stop. */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const log = (line: string) => console.log(line);
const fail = (message: string, code: number): never => {
  console.error(message);
  process.exit(code);
};

let stack: LocalStack | undefined;
let stoppingSince: number | undefined;

/**
 * A stop signal: a clean stop once running; during start-up, exit (the JVM's watchdog
 * ends it, the function's processes see their channel close).
 */
const onSignal = (signal: NodeJS.Signals) => {
  if (stoppingSince !== undefined) {
    // tsx and npm relay the terminal's Ctrl-C, so one keypress can arrive twice.
    if (Date.now() - stoppingSince < DUPLICATE_SIGNAL_MS) return;
    return fail(`${signal} again: exiting without a clean stop.`, 130);
  }
  stoppingSince = Date.now();
  if (!stack) {
    log(`${signal} during start-up: stopping`);
    return process.exit(0);
  }
  log(`${signal}: stopping (letting the batch in flight finish) ...`);
  stack.stop().then(
    () => {
      log('stopped');
      process.exit(0);
    },
    (error: unknown) => fail(`Could not stop cleanly: ${String(error)}`, 1),
  );
};

const main = async () => {
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  // After SIGHUP the terminal is gone: a failed write must not end the stop half-way.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  const cwd = process.cwd();
  const options = optionsOrExit(() => parseStartOptions(process.argv.slice(2), cwd), USAGE);
  const runningPid = await findRunningStack(options.dataDir);
  if (runningPid !== undefined)
    return fail(
      `A local stack (pid ${runningPid}) already uses ${options.dataDir}: stop it first or pass another --data-dir.`,
      1,
    );
  if (options.reset) {
    rmSync(options.dataDir, { recursive: true, force: true });
    log(`reset: removed ${path.relative(cwd, options.dataDir) || options.dataDir}`);
  }
  const cdkOutDir = path.join(cwd, CDK_OUT);
  const dbDir = path.join(options.dataDir, 'dynamodb');
  const stale = await endStaleDynamoDbLocal(options.dataDir, dbDir);
  if (stale !== undefined) log(`ended DynamoDB Local (pid ${stale}) left by an earlier run`);
  await assertPortsFree([{ port: options.dynamoPort, option: '--dynamodb-port' }]);
  // The JVM takes seconds to start: let it start while the CDK app synthesizes. It runs
  // in its own process group (Ctrl-C reaches only us), under a watchdog that ends it
  // when we exit, even by kill -9; it is restarted if it dies.
  const dynamo = superviseDynamoDbLocal({
    dataDir: dbDir,
    port: options.dynamoPort,
    detached: true,
    stackDataDir: options.dataDir,
    log,
  });
  dynamo.catch(() => {});
  if (options.synth) {
    log('synthesizing the CDK app (npx cdk synth) ...');
    await synthesize(cwd, cdkOutDir);
  }
  stack = await startLocalStack({ ...options, cdkOutDir, log, dynamo: await dynamo });
  // A forced or failed stop exits before `stop` removes it: never leave a stale one.
  process.once('exit', () => removeStackFile(options.dataDir));
  const { s3Endpoint, dynamoEndpoint, controlEndpoint, inspectorEndpoint } = stack.info;
  if (inspectorEndpoint) log(`inspector: open ${inspectorEndpoint} in a browser`);
  const relativeInbox = path.relative(cwd, options.inboxDir);
  const inbox = relativeInbox.startsWith('..') ? options.inboxDir : `./${relativeInbox}`;
  log(
    `article-ingest local stack ready: s3 ${s3Endpoint} dynamodb ${dynamoEndpoint} control ${controlEndpoint} inbox ${inbox}`,
  );
};

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
