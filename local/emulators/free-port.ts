import { createServer } from 'node:net';

/**
 * Ports are drawn from below Linux's ephemeral range (32768-60999): the kernel hands
 * those out to every `listen(0)` and outgoing connection, so a port it gave us and we
 * released can be taken again before our server binds it (parallel test workers).
 */
const PORT_RANGE = { from: 20_000, to: 32_000 } as const;
const RANDOM_TRIES = 20;

/** A port nobody is listening on (loopback only): a random one from the range, else any. */
export const findFreePort = async (): Promise<number> => {
  for (let tries = 0; tries < RANDOM_TRIES; tries++) {
    const port = PORT_RANGE.from + Math.floor(Math.random() * (PORT_RANGE.to - PORT_RANGE.from));
    if ((await listenOnce(port)) !== null) return port;
  }
  const any = await listenOnce(0);
  if (any === null) throw new Error('No free port on 127.0.0.1');
  return any;
};

/** Binds and releases `port` (0: any); the port bound, or null when it is taken. */
const listenOnce = (port: number): Promise<number | null> =>
  new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : null;
      server.close(() => resolve(bound));
    });
  });

/** Resolves once something accepts TCP connections on the port, or rejects at the deadline. */
export const waitForPort = async (port: number, timeoutMs: number): Promise<void> => {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Nothing answered on 127.0.0.1:${port} within ${timeoutMs} ms`);
};
