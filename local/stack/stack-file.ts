import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a running local stack tells its clients (the CLI reads `<dataDir>/stack.json`). */
export interface StackInfo {
  pid: number;
  s3Endpoint: string;
  dynamoEndpoint: string;
  controlEndpoint: string;
  /** The control API's bearer token for this run (the file is readable by its owner only). */
  controlToken: string;
  region: string;
  articlesBucket: string;
  contentBucket: string;
  tableName: string;
  inbox: string;
}

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
  writeFileSync(temporary, `${JSON.stringify(info, null, 2)}\n`, {
    mode: STACK_FILE_MODE,
    flag: 'wx',
  });
  renameSync(temporary, file);
};

export const removeStackFile = (dataDir: string): void =>
  rmSync(stackFilePath(dataDir), { force: true });
