/**
 * `npm run reliability`: writes docs/RELIABILITY.md from bench/reliability/fuzz.json and
 * bench/reliability/faults.json (a missing one is reported as missing; one of another
 * shape is an error naming the file, exit 1).
 */
import { fileURLToPath } from 'node:url';
import { writeReliabilityReport } from './report-file.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
try {
  console.log(`wrote ${writeReliabilityReport(repoRoot, new Date())}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
