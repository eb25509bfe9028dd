import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createStackClients, type StackClients } from '#local/cli/stack.ts';
import { mapLimited } from '#shared/pipeline/map-limited.ts';
import { REPO_ROOT, StackHarness } from '../faults/stack-harness.ts';
import { expectedRecords } from './expected-records.ts';
import { runFloor } from './floor.ts';
import { type GeneratedFile, generateFiles, loadTemplates } from './generate-files.ts';
import { waitForRecords } from './wait-for-records.ts';

const ARTICLES_DIR = join(REPO_ROOT, 'tests/fixtures/articles');
/** Uploads in flight at once, in both phases: a busy uploader, not a flood. */
export const E2E_CONCURRENCY = 8;
/** The generator's seed: the same files on every run. */
const SEED = 9;
/** A bucket with no notifications, for the floor's puts. */
const FLOOR_BUCKET = 'e2e-floor';
/** Far beyond a healthy run of 2,000 files; a stuck pipeline fails instead of hanging. */
const DEADLINE_MS = 20 * 60_000;

/** One end-to-end run and its floor, measured back to back on the same stack. */
export interface E2eResult {
  files: number;
  bytes: number;
  /** Records the table must hold: one per file, plus one per article of a feed or archive. */
  records: number;
  concurrency: number;
  /** The same puts into a bucket without notifications, and the same item writes. */
  floorMs: number;
  /** First put of the pipeline phase until the table held every record. */
  pipelineMs: number;
  /** Of which the puts themselves. */
  uploadMs: number;
  /** Messages in the dead-letter queue at the end (should be 0). */
  deadLetters: number;
}

const putAll = (stack: StackClients, files: readonly GeneratedFile[]) =>
  mapLimited(files, E2E_CONCURRENCY, (file) =>
    stack.s3.send(
      new PutObjectCommand({
        Bucket: stack.info.articlesBucket,
        Key: file.key,
        Body: file.body,
        ContentType: file.contentType,
      }),
    ),
  );

const measure = async (
  harness: StackHarness,
  files: GeneratedFile[],
  log: (line: string) => void,
): Promise<E2eResult> => {
  const stack = createStackClients(harness.info);
  try {
    const records = expectedRecords(files, stack.info.articlesBucket, new Date());
    log(`floor: ${files.length} puts to ${FLOOR_BUCKET} and ${records.length} item writes ...`);
    const floorStart = performance.now();
    await runFloor(stack, files, records, { bucket: FLOOR_BUCKET, concurrency: E2E_CONCURRENCY });
    const floorMs = performance.now() - floorStart;
    log(`pipeline: ${files.length} puts to ${stack.info.articlesBucket} ...`);
    const start = performance.now();
    await putAll(stack, files);
    const uploadMs = performance.now() - start;
    const ids = new Set(records.map((record) => record.articleId));
    let shown = 0;
    const done = await waitForRecords(stack, ids, {
      deadline: Date.now() + DEADLINE_MS,
      isIdle: async () => {
        const { queueDepth, inFlight } = await harness.health();
        return queueDepth === 0 && inFlight === 0;
      },
      onProgress: (present) => {
        if (present - shown >= ids.size / 10 || present === ids.size) {
          log(`  ${present} of ${ids.size} records`);
          shown = present;
        }
      },
    });
    const health = await harness.health();
    return {
      files: files.length,
      bytes: files.reduce((sum, file) => sum + file.body.length, 0),
      records: records.length,
      concurrency: E2E_CONCURRENCY,
      floorMs,
      pipelineMs: done - start,
      uploadMs,
      deadLetters: health.dlqDepth,
    };
  } finally {
    stack.s3.destroy();
  }
};

/**
 * `npm run bench -- --only e2e`: starts a real local stack (synthesized from this tree,
 * as `npm start` runs it) in a temporary data dir on free ports, measures the floor and
 * then the pipeline on the same `count` generated files, and stops it. The data dir is
 * kept when the run fails (its logs explain why).
 */
export const runE2e = async (count: number, log: (line: string) => void): Promise<E2eResult> => {
  const files = generateFiles(loadTemplates(ARTICLES_DIR), count, { seed: SEED, prefix: 'e2e/' });
  const dataDir = mkdtempSync(join(tmpdir(), 'article-ingest-e2e-'));
  const harness = await StackHarness.create(dataDir);
  log(`starting the local stack in ${dataDir} (synth + start) ...`);
  await harness.start({ synth: true });
  try {
    const result = await measure(harness, files, log);
    await harness.stop();
    rmSync(dataDir, { recursive: true, force: true });
    return result;
  } catch (error) {
    await harness.stop().catch(() => undefined);
    log(`the run failed; its data dir is kept: ${dataDir}`);
    throw error;
  }
};
