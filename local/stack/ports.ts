import { createServer } from 'node:net';

/** A port the local stack needs is taken. */
export class PortInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortInUseError';
  }
}

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** Throws one sentence naming the first port in use and the option that moves it. */
export const assertPortsFree = async (ports: { port: number; option: string }[]) => {
  for (const { port, option } of ports)
    if (!(await isFree(port)))
      throw new PortInUseError(
        `Port ${port} is already in use: stop what runs there or choose another with ${option}.`,
      );
};
