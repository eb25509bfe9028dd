import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a running local stack tells its clients (the CLI reads `<dataDir>/stack.json`). */
export interface StackInfo {
  pid: number;
  s3Endpoint: string;
  dynamoEndpoint: string;
  controlEndpoint: string;
  region: string;
  articlesBucket: string;
  contentBucket: string;
  tableName: string;
  inbox: string;
}

export const STACK_FILE = 'stack.json';

export const stackFilePath = (dataDir: string) => path.join(dataDir, STACK_FILE);

export const writeStackFile = (dataDir: string, info: StackInfo): void => {
  const file = stackFilePath(dataDir);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(info, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
};

export const removeStackFile = (dataDir: string): void =>
  rmSync(stackFilePath(dataDir), { force: true });
