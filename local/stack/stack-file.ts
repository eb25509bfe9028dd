import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';

/** 32 random bytes in hex, as `createControlToken` makes it. */
const CONTROL_TOKEN = /^[0-9a-f]{64}$/;

/**
 * What a running local stack tells its clients: written here, read and checked by the
 * CLI (`<dataDir>/stack.json`) with this same schema.
 */
export const StackInfo = z.object({
  pid: z.number().int().positive(),
  s3Endpoint: z.string(),
  dynamoEndpoint: z.string(),
  controlEndpoint: z.string(),
  /** The control API's bearer token for this run (the file is readable by its owner only). */
  controlToken: z.string().regex(CONTROL_TOKEN),
  /** The inspector page (local/inspector/), when the stack serves one. */
  inspectorEndpoint: z.string().optional(),
  region: z.string(),
  articlesBucket: z.string(),
  contentBucket: z.string(),
  tableName: z.string(),
  inbox: z.string(),
});
export type StackInfo = z.infer<typeof StackInfo>;

export const STACK_FILE = 'stack.json';

export const stackFilePath = (dataDir: string) => path.join(dataDir, STACK_FILE);

/** Owner read/write only: the file holds the control token. */
const STACK_FILE_MODE = 0o600;

/** Replaces the stack file atomically; a stale one (or a stale temporary) is overwritten. */
export const writeStackFile = (dataDir: string, info: StackInfo): void => {
  const file = stackFilePath(dataDir);
  const temporary = `${file}.tmp`;
  // `mode` applies only when the file is created: never reuse a temporary someone left.
  rmSync(temporary, { force: true });
  // Checked as the CLI will check it, so a bad field fails the start, not every command.
  writeFileSync(temporary, `${JSON.stringify(StackInfo.parse(info), null, 2)}\n`, {
    mode: STACK_FILE_MODE,
    flag: 'wx',
  });
  renameSync(temporary, file);
};

export const removeStackFile = (dataDir: string): void =>
  rmSync(stackFilePath(dataDir), { force: true });
