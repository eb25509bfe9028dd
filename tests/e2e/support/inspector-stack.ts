import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DemoStack, startDemoStack } from '#local/inspector/demo-stack.ts';
import { prepareInProcessStack } from '../../integration/local/support/in-process-stack.ts';

/** The dead letter a crashed earlier run left: its object key and its last error. */
export const DEAD_LETTER = { key: 'dead/ferry.txt', error: 'Task timed out after 30.00 seconds' };

/** A quiet local stack in this process, its data in a fresh temp directory, one dead letter in its DLQ. */
export const startInspectorStack = async (): Promise<DemoStack> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'inspector-'));
  const { cdkOutDir, ports } = await prepareInProcessStack(dataDir);
  const demo = await startDemoStack(
    { cdkOutDir, dataDir, inboxDir: path.join(dataDir, 'inbox'), ...ports },
    DEAD_LETTER,
  );
  return {
    ...demo,
    stop: async () => {
      await demo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
