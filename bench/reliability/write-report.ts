/**
 * `npm run reliability`: writes docs/RELIABILITY.md from bench/reliability/fuzz.json and
 * bench/reliability/faults.json (a missing one is reported as missing).
 */
import { fileURLToPath } from 'node:url';
import { writeReliabilityReport } from './report-file.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const path = writeReliabilityReport(repoRoot, new Date());
console.log(`wrote ${path}`);
