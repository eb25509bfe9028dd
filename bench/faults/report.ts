import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';

/** One scenario's row in bench/reliability/faults.json (docs/RELIABILITY.md renders it). */
export interface ScenarioRow {
  name: string;
  description: string;
  eventsSent: number;
  keys: number;
  expected: number;
  lost: number;
  duplicated: number;
  stale: number;
  dlq: number;
  redriven: number;
  passed: boolean;
  seconds: number;
}

export interface FaultReport {
  generatedAt: string;
  machine: { cores: number; node: string };
  scenarios: ScenarioRow[];
}

export const buildReport = (scenarios: ScenarioRow[], now: Date): FaultReport => ({
  generatedAt: now.toISOString(),
  machine: { cores: cpus().length, node: process.version },
  scenarios,
});

export const writeReport = (file: string, report: FaultReport): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
};

/** One line per scenario for the terminal. */
export const summaryLine = (row: ScenarioRow): string =>
  `${row.passed ? 'PASS' : 'FAIL'} ${row.name}: ${row.keys} keys, ${row.eventsSent} events, ` +
  `${row.expected} expected, lost ${row.lost}, duplicated ${row.duplicated}, stale ${row.stale}, ` +
  `dlq ${row.dlq}, redriven ${row.redriven}, ${row.seconds} s`;
