import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { findFreePort } from './free-port.ts';
import { guardS3Request } from './s3-request-guard.ts';
import { SafeKeyStore } from './safe-key-store.ts';

export { S3RVER_CREDENTIALS } from './s3rver-credentials.ts';

export interface S3Server {
  /** Use the IP, not `localhost`: the SDK then addresses buckets path-style. */
  endpoint: string;
  port: number;
  server: S3rver;
  stop(): Promise<void>;
}

export interface S3ServerOptions {
  /** Where objects are kept on disk. */
  directory: string;
  buckets: string[];
  port?: number;
  /** Called with the server before it listens, e.g. to add Koa middleware. */
  configure?: (server: S3rver) => void;
}

/**
 * Starts the S3-compatible server in this process, on 127.0.0.1, with the buckets
 * created, keys checked as S3 checks them and stored under safe file names.
 */
export const startS3Server = async (options: S3ServerOptions): Promise<S3Server> => {
  mkdirSync(options.directory, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory: options.directory,
    silent: true,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  // Every key becomes a fixed-length safe file name (see safe-key-store.ts) ...
  const store = new SafeKeyStore(options.directory);
  server.store = store;
  server.context.store = store;
  options.configure?.(server);
  // ... and what S3 refuses is refused first, just before s3rver's routes (the last one).
  server.middleware.splice(server.middleware.length - 1, 0, guardS3Request);
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, port, server, stop: () => server.close() };
};
