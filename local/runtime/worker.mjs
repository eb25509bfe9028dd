// A minimal Lambda-like runtime: loads the bundled handler once (the cold start), then
// runs one invocation at a time for the parent over IPC. Plain JavaScript, so it starts
// like Lambda's runtime does, without a TypeScript loader.
// argv: <handler file> <export name> <function ARN>. Messages in: { type: 'invoke', id, event,
// deadlineMs, requestId }. Messages out: { type: 'ready' }, { type: 'result', id,
// result }, { type: 'error', id, error: { name, message, stack } }.
import { pathToFileURL } from 'node:url';

// A terminal's Ctrl-C, or its closing, reaches the whole process group; the parent
// decides when this environment ends (after the batch in flight), as Lambda does, and
// sends SIGTERM. Set before the bundle loads: a cold start can take seconds.
for (const signal of ['SIGINT', 'SIGHUP']) process.on(signal, () => {});
// A parent that died (even by kill -9) closes the channel: nothing is left to answer to.
process.on('disconnect', () => process.exit(0));

const [file, exportName, functionArn] = process.argv.slice(2);
const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'local-function';

const serializeError = (error) =>
  error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'Error', message: String(error) };

const contextFor = ({ requestId, deadlineMs }) => ({
  callbackWaitsForEmptyEventLoop: true,
  functionName,
  functionVersion: '$LATEST',
  invokedFunctionArn: functionArn ?? functionName,
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '128',
  awsRequestId: requestId,
  logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME ?? `/aws/lambda/${functionName}`,
  logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME ?? 'local',
  getRemainingTimeInMillis: () => Math.max(0, deadlineMs - Date.now()),
  done: () => {},
  fail: () => {},
  succeed: () => {},
});

let handler;
try {
  const module = await import(pathToFileURL(file).href);
  handler = module[exportName];
  if (typeof handler !== 'function') throw new Error(`${file} does not export ${exportName}`);
} catch (error) {
  process.send?.({ type: 'init-error', error: serializeError(error) });
  process.exit(1);
}

process.on('message', async (message) => {
  if (message?.type !== 'invoke') return;
  try {
    const result = await handler(message.event, contextFor(message));
    process.send?.({ type: 'result', id: message.id, result: result ?? null });
  } catch (error) {
    process.send?.({ type: 'error', id: message.id, error: serializeError(error) });
  }
});
process.send?.({ type: 'ready' });
