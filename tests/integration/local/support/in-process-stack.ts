import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { findFreePort } from '#local/emulators/free-port.ts';
import { s3rverClient } from '#local/emulators/s3rver-client.ts';
import { type LocalStack, startLocalStack } from '#local/stack/start-local-stack.ts';
import { synthesize } from '#local/stack/synth.ts';
import { ROOT } from './start-process.ts';

const PROJECT_CDK_OUT = path.join(ROOT, 'cdk.out');
const PROJECT_TEMPLATE = path.join(PROJECT_CDK_OUT, 'ArticleIngest.template.json');
/** The folders a synth's template and bundles are built from. */
const SYNTH_SOURCES = ['infra', 'lambdas', 'shared'];

/** The newest modification time of any file under `dir`. */
const newestChange = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
};

/** Whether the project's synth output is there and newer than every source it was built from. */
const projectSynthIsCurrent = (): boolean => {
  if (!existsSync(PROJECT_TEMPLATE)) return false;
  const builtAt = statSync(PROJECT_TEMPLATE).mtimeMs;
  return SYNTH_SOURCES.every((dir) => newestChange(path.join(ROOT, dir)) < builtAt);
};

/**
 * Where a stack started in process finds its template, and free ports for it: the
 * project's synth output when it is newer than its sources (a stale one would run old
 * bundles), else a synth of its own into `dataDir` (another test may be synthesizing into
 * cdk.out at the same time).
 */
export const prepareInProcessStack = async (dataDir: string) => {
  let cdkOutDir = PROJECT_CDK_OUT;
  if (!projectSynthIsCurrent()) {
    cdkOutDir = path.join(dataDir, 'cdk.out');
    await synthesize(ROOT, cdkOutDir);
  }
  const ports = {
    s3Port: await findFreePort(),
    dynamoPort: await findFreePort(),
    controlPort: await findFreePort(),
  };
  return { cdkOutDir, ports };
};

export interface InProcessStack {
  stack: LocalStack;
  dataDir: string;
  /** An S3 client on the stack's s3rver, with its credentials. */
  s3: S3Client;
  /** Stops the stack and removes its data directory. */
  stop: () => Promise<void>;
}

/** A local stack started in this process, quiet, with its data in a fresh temp directory. */
export const startInProcessStack = async (prefix: string): Promise<InProcessStack> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const { cdkOutDir, ports } = await prepareInProcessStack(dataDir);
  const stack = await startLocalStack({
    cdkOutDir,
    dataDir,
    inboxDir: path.join(dataDir, 'inbox'),
    ...ports,
    log: () => {},
  });
  const s3 = s3rverClient(stack.info.s3Endpoint, stack.info.region);
  const stop = async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { stack, dataDir, s3, stop };
};
