import { existsSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '#local/emulators/free-port.ts';
import { synthesize } from '#local/stack/synth.ts';
import { ROOT } from './start-process.ts';

const PROJECT_CDK_OUT = path.join(ROOT, 'cdk.out');

/**
 * Where a stack started in process finds its template, and free ports for it: the
 * project's synth output when there is one, else a synth of its own into `dataDir`
 * (another test may be synthesizing into cdk.out at the same time).
 */
export const prepareInProcessStack = async (dataDir: string) => {
  let cdkOutDir = PROJECT_CDK_OUT;
  if (!existsSync(path.join(PROJECT_CDK_OUT, 'ArticleIngest.template.json'))) {
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
