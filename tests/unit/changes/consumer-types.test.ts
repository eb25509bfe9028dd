import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitTypes, TYPES_DIR } from '#schemas/emit-types.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every file under `dir`, as paths relative to it, sorted. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

/** What a consumer writes: types from both exports, narrowed by status and detail-type. */
const CONSUMER = `
import type { ArticleRecord } from 'article-ingest/record';
import type { ArticleIngestedDetail, ChangeDetailType } from 'article-ingest/events';
export const titleOf = (record: ArticleRecord): string =>
  record.status === 'ingested' ? record.title : '';
export const languageOf = (detail: ArticleIngestedDetail): string | undefined => detail.language;
export const removed: ChangeDetailType = 'ArticleRemoved';
`;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'consumer-types-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A compiler run takes seconds, more on a loaded machine. */
const COMPILE_TIMEOUT_MS = 60_000;

describe('the TypeScript types package.json exports', { timeout: COMPILE_TIMEOUT_MS }, () => {
  it(`are what \`npm run schemas\` writes into ${TYPES_DIR}`, () => {
    const fresh = path.join(scratch, 'types');
    emitTypes(fresh);
    const committed = path.join(REPO_ROOT, TYPES_DIR);

    expect(filesUnder(committed)).toEqual(filesUnder(fresh));
    for (const file of filesUnder(fresh)) {
      expect(readFileSync(path.join(committed, file), 'utf8'), file).toBe(
        readFileSync(path.join(fresh, file), 'utf8'),
      );
    }
  });

  it('compile in a consumer project that imports article-ingest/record and /events', () => {
    const project = path.join(scratch, 'consumer');
    mkdirSync(path.join(project, 'node_modules'), { recursive: true });
    symlinkSync(REPO_ROOT, path.join(project, 'node_modules', 'article-ingest'), 'dir');
    writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(path.join(project, 'consumer.ts'), CONSUMER);
    const typescript = createRequire(import.meta.url).resolve('typescript/package.json');
    const tsc = path.join(path.dirname(typescript), 'bin', 'tsc');

    const run = () =>
      execFileSync(
        process.execPath,
        [
          tsc,
          '--ignoreConfig',
          '--noEmit',
          '--strict',
          '--module',
          'nodenext',
          '--types',
          '',
          'consumer.ts',
        ],
        { cwd: project, encoding: 'utf8', stdio: 'pipe' },
      );

    expect(run).not.toThrow();
  });
});
