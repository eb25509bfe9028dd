import path from 'node:path';
import { inject } from 'vitest';
import { writeStackFile } from '#local/stack/stack-file.ts';
import { TEST_BUCKETS } from '../../global-setup.ts';
import { TEST_REGION } from '../../support/emulator-clients.ts';

/**
 * A `stack.json` in `dataDir` that points the CLI at the test emulators and at a control
 * server the test started itself, as a running local stack would.
 */
export const writeEmulatorStackFile = (
  dataDir: string,
  stack: { controlEndpoint: string; controlToken: string; tableName: string },
): void =>
  writeStackFile(dataDir, {
    pid: process.pid,
    s3Endpoint: inject('s3Endpoint'),
    dynamoEndpoint: inject('dynamoEndpoint'),
    controlEndpoint: stack.controlEndpoint,
    region: TEST_REGION,
    articlesBucket: TEST_BUCKETS.articles,
    contentBucket: TEST_BUCKETS.content,
    tableName: stack.tableName,
    inbox: path.join(dataDir, 'inbox'),
    controlToken: stack.controlToken,
  });
