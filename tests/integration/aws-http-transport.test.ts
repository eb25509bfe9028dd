import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';

/**
 * The functions' HTTP client over node:http against a server that misbehaves as a
 * network can: a body that stalls halfway, a body far longer than anyone will read.
 */
let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const s3Serving = async (listener: RequestListener, timeoutMs: number) => {
  server = createServer(listener);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const env = {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AK',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
  };
  return httpAwsClients(env, { timeoutMs, sleep: async () => undefined }).s3();
};

const KEY = { Bucket: 'articles', Key: 'in/a b/../c.html' };

describe('the HTTP client over node:http', () => {
  it('sends the key path as signed, dot segments kept, and reads the body as it came', async () => {
    let path = '';
    const s3 = await s3Serving((request, response) => {
      path = request.url ?? '';
      response.writeHead(200, { 'content-encoding': 'gzip' }).end('not really gzip');
    }, 1000);

    const object = await s3.getObject(KEY);

    expect(path).toBe('/articles/in/a%20b/../c.html');
    expect(Buffer.from((await object.readBody(100)).bytes).toString()).toBe('not really gzip');
  });

  it('fails the read of a body that stalls past the attempt timeout', async () => {
    const s3 = await s3Serving((_, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('half');
    }, 200);

    const object = await s3.getObject(KEY);

    await expect(object.readBody(1000)).rejects.toThrow();
  });

  it('stops reading an endless body past the bound and drops the connection', async () => {
    let written = 0;
    let closed: () => void = () => undefined;
    const connectionClosed = new Promise<'closed'>((resolve) => {
      closed = () => resolve('closed');
    });
    const s3 = await s3Serving((_, response) => {
      const chunk = Buffer.alloc(16 * 1024);
      const pump = () => {
        while (written < 64 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
      };
      response.on('drain', pump);
      response.on('close', () => {
        response.off('drain', pump);
        closed();
      });
      pump();
    }, 5000);

    const object = await s3.getObject(KEY);
    const read = await object.readBody(100_000);

    const stillOpen = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), 1000));

    expect(read.complete).toBe(false);
    expect(read.bytes.byteLength).toBeLessThan(1024 * 1024);
    expect(await Promise.race([connectionClosed, stillOpen])).toBe('closed');
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});
