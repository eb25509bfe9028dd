import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestControl } from '#local/cli/stack.ts';
import { createControlToken } from '#local/control/authorize.ts';
import { type ControlServer, startControlServer } from '#local/control/control-server.ts';
import { OutcomeWaiters } from '#local/control/outcome-waiters.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import { LocalQueue } from '#local/queue/local-queue.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';

const token = createControlToken();
const queue = new LocalQueue({ name: 'ingest', visibilityTimeoutMs: 30_000 });
let control: ControlServer;

/** What a web page could make a browser send: an ObjectRemoved with the highest sequencer. */
const FORGED_REMOVAL = JSON.stringify({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      eventName: 'ObjectRemoved:Delete',
      s3: {
        bucket: { name: 'articles-bucket' },
        object: { key: 'story.txt', sequencer: 'FFFFFFFFFFFFFFFFFF' },
      },
    },
  ],
});

beforeAll(async () => {
  control = await startControlServer({
    port: await findFreePort(),
    queue,
    waiters: new OutcomeWaiters(),
    inFlight: () => 0,
    token,
  });
});

afterAll(async () => {
  await control?.stop();
});

const bearer = { authorization: `Bearer ${token}` };

describe('the control API', () => {
  it('makes a per-start token of 32 random bytes in hex', () => {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(createControlToken()).not.toBe(token);
  });

  it('answers /health to a request with the token', async () => {
    const response = await fetch(`${control.endpoint}/health`, { headers: bearer });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a request without a token with 401', async () => {
    const response = await fetch(`${control.endpoint}/health`);

    expect(response.status).toBe(401);
  });

  it('refuses a request with a wrong token of the right length with 401', async () => {
    const response = await fetch(`${control.endpoint}/health`, {
      headers: { authorization: `Bearer ${createControlToken()}` },
    });

    expect(response.status).toBe(401);
  });

  it('refuses a forged text/plain replay, even with the token, and queues nothing', async () => {
    const response = await fetch(`${control.endpoint}/replay`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'text/plain' },
      body: FORGED_REMOVAL,
    });

    expect(response.status).toBe(403);
    expect(queue.depth()).toBe(0);
  });

  it('refuses form-encoded and multipart bodies with 403', async () => {
    const statuses = [];
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
      statuses.push(
        (
          await fetch(`${control.endpoint}/redrive`, {
            method: 'POST',
            headers: { ...bearer, 'content-type': type },
            body: '{}',
          })
        ).status,
      );

    expect(statuses).toEqual([403, 403]);
  });

  it('refuses any request that carries an Origin header with 403', async () => {
    const response = await fetch(`${control.endpoint}/replay`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json', origin: 'https://evil.example' },
      body: FORGED_REMOVAL,
    });

    expect(response.status).toBe(403);
    expect(queue.depth()).toBe(0);
  });

  it('accepts a JSON replay with the token', async () => {
    const response = await fetch(`${control.endpoint}/replay`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: FORGED_REMOVAL,
    });

    expect(response.status).toBe(202);
    expect(queue.depth()).toBe(1);
  });

  it("accepts the CLI's requests, which carry the token from stack.json", async () => {
    const info = { controlEndpoint: control.endpoint, controlToken: token } as StackInfo;

    const health = await requestControl(info, '/health');
    const redrive = await requestControl(info, '/redrive', { method: 'POST' });

    expect([health.status, redrive.status]).toEqual([200, 200]);
  });
});
