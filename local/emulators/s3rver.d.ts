declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { Server } from 'node:http';

  interface S3rverOptions {
    address?: string;
    port?: number;
    directory?: string;
    silent?: boolean;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** A record of s3rver's own in-process notification (not real-shaped: keys are not encoded). */
  interface S3rverEvent {
    Records: {
      eventName: string;
      eventTime: string;
      s3: {
        bucket: { name: string };
        object: { key: string; size?: number; eTag?: string; sequencer?: string };
      };
    }[];
  }

  /** The part of Koa's request context the local stack reads. */
  interface S3rverContext {
    method: string;
    path: string;
    ip: string;
    query: Record<string, string | string[] | undefined>;
    headers: Record<string, string | string[] | undefined>;
  }

  export default class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    reset(): void;
    httpServer?: Server;
    /** Where objects are kept; replaceable before the server starts. */
    store: object;
    /** Koa's prototype of every request context (s3rver reads `ctx.store` from it). */
    context: { store: object };
    /** Koa's middleware stack; composed when the server starts listening. */
    middleware: ((ctx: S3rverContext, next: () => Promise<void>) => Promise<void>)[];
    on(event: 'event', listener: (event: S3rverEvent) => void): this;
  }
}
