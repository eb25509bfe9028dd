import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { FunctionHost } from '#local/runtime/function-host.ts';
import { InvocationError } from '#local/runtime/function-instance.ts';
import { heapLimitMb, memoryFlags } from '#local/runtime/memory-limit.ts';

const HANDLER = path.join(import.meta.dirname, 'fixtures', 'memory-handler.mjs');
/** Generous: filling a heap on a busy 2-core machine takes a few seconds. */
const TIMEOUT_MS = 25_000;
const TEST_TIMEOUT_MS = 60_000;

const hosts: FunctionHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

const newHost = (memoryMb: number) => {
  const host = new FunctionHost({
    handlerFile: HANDLER,
    handlerExport: 'handler',
    functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:Fn',
    timeoutMs: TIMEOUT_MS,
    memoryMb,
    logs: new PassThrough().resume(),
    env: { AWS_LAMBDA_FUNCTION_NAME: 'Fn' },
  });
  hosts.push(host);
  return host;
};

describe('the function runtime and MemorySize', () => {
  it('starts the worker with a heap cap derived from the function memory size', async () => {
    const host = newHost(256);

    const result = (await host.invoke({ mode: 'flags' })) as {
      execArgv: string[];
      heapLimitMb: number;
    };

    expect(result.execArgv).toEqual(memoryFlags(256));
    expect(result.heapLimitMb).toBe(heapLimitMb(256));
    expect(heapLimitMb(256)).toBeLessThanOrEqual(256 - 48);
  });

  it(
    'reports a worker that runs out of heap as a failed invocation and serves the next one',
    async () => {
      const host = newHost(128);

      const failure = await host.invoke({ mode: 'heap' }).catch((error: unknown) => error);
      const next = await host.invoke({ mode: 'flags' });

      expect(failure).toBeInstanceOf(InvocationError);
      expect((failure as Error).message).toContain('Runtime.OutOfMemory');
      expect(next).toMatchObject({ execArgv: memoryFlags(128) });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'ends a worker whose Buffers take it past the memory size, as Lambda does',
    async () => {
      const host = newHost(128);

      const failure = await host
        .invoke({ mode: 'buffers', megabytes: 200 })
        .catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(InvocationError);
      expect((failure as Error).message).toContain('exceeded its memory size (128 MB)');
    },
    TEST_TIMEOUT_MS,
  );
});
