import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { describeLimits, describeReasons } from './reasons.ts';
import { renderReliability } from './render.ts';
import { FaultReport, FuzzReport } from './schema.ts';

export const FUZZ_FILE = 'bench/reliability/fuzz.json';
export const FAULTS_FILE = 'bench/reliability/faults.json';
export const REPORT_FILE = 'docs/RELIABILITY.md';
const RECORD_SOURCE = 'shared/domain/record.ts';

/** A result file parsed against its schema; undefined when it does not exist. */
const readResults = <T>(path: string, schema: z.ZodType<T>): T | undefined => {
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not JSON (${(error as Error).message}).`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${path} does not match its schema (${issue?.path.join('.')}: ${issue?.message}).`,
    );
  }
  return parsed.data;
};

/** Writes docs/RELIABILITY.md from the result files under `repoRoot`; returns its path. */
export const writeReliabilityReport = (repoRoot: string, writtenAt: Date): string => {
  const markdown = renderReliability({
    fuzz: readResults(join(repoRoot, FUZZ_FILE), FuzzReport),
    faults: readResults(join(repoRoot, FAULTS_FILE), FaultReport),
    reasons: describeReasons(readFileSync(join(repoRoot, RECORD_SOURCE), 'utf8')),
    limits: describeLimits(),
    writtenAt,
  });
  const path = join(repoRoot, REPORT_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, markdown);
  return path;
};
