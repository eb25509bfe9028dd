import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { FunctionHost } from '#local/runtime/function-host.ts';
import { InvocationError } from '#local/runtime/function-instance.ts';

const HANDLER = path.join(import.meta.dirname, 'fixtures', 'handler.mjs');
/** Long enough for a cold start on a busy machine, short enough for the hang test. */
const TIMEOUT_MS = 2_000;

const hosts: FunctionHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

const newHost = (handlerExport = 'handler') => {
  const host = new FunctionHost({
    handlerFile: HANDLER,
    handlerExport,
    functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:Fn',
    timeoutMs: TIMEOUT_MS,
    memoryMb: 256,
    logs: new PassThrough().resume(),
    env: { TABLE_NAME: 'articles-table', AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_NAME: 'Fn' },
  });
  hosts.push(host);
  return host;
};

describe('FunctionHost', () => {
  it('runs the handler in a child process with its environment and a Lambda context', async () => {
    const host = newHost();

    const result = await host.invoke({ mode: 'echo' });

    expect(result).toMatchObject({
      tableName: 'articles-table',
      region: 'us-east-1',
      functionName: 'Fn',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:Fn',
      remainingPositive: true,
    });
    expect((result as { pid: number }).pid).not.toBe(process.pid);
  });

  it('reuses the warm instance between invocations', async () => {
    const host = newHost();

    const first = (await host.invoke({})) as { pid: number };
    const second = (await host.invoke({})) as { pid: number; invocations: number };

    expect(second.pid).toBe(first.pid);
    expect(second.invocations).toBe(2);
  });

  it('reports a thrown error as a failed invocation', async () => {
    const host = newHost();

    await expect(host.invoke({ mode: 'throw' })).rejects.toThrow('TypeError: handler failed');
  });

  it('replaces an instance whose process died', async () => {
    const host = newHost();
    const before = (await host.invoke({})) as { pid: number };

    await expect(host.invoke({ mode: 'crash' })).rejects.toThrow(InvocationError);
    const after = (await host.invoke({})) as { pid: number; invocations: number };

    expect(after.pid).not.toBe(before.pid);
    expect(after.invocations).toBe(1);
  });

  it('ends an invocation that runs past the timeout and recovers', async () => {
    const host = newHost();

    await expect(host.invoke({ mode: 'hang' })).rejects.toThrow('timed out');
    const after = await host.invoke({});

    expect(after).toMatchObject({ invocations: 1 });
  });

  it('fails at start when the module lacks the handler export', async () => {
    const host = newHost('nope');

    await expect(host.warm()).rejects.toThrow('does not export nope');
  });
});
