import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildObject } from '#shared/pipeline/build-record.ts';

const now = new Date('2025-11-10T12:00:00Z');
const files = (dir: string, match: (f: string) => boolean): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile() && match(f));

const measure = (label: string, paths: string[], passes: number) => {
  const inputs = paths.map((p) => ({ key: path.basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  // warm: first detection, JIT
  for (const i of inputs) buildObject({ bytes: i.bytes, source: { bucket: 'b', key: i.key, sequencer: '01' }, now });
  const perFile: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const i of inputs) {
      const s = process.cpuUsage();
      buildObject({ bytes: i.bytes, source: { bucket: 'b', key: i.key, sequencer: '01' }, now });
      const d = process.cpuUsage(s);
      perFile.push((d.user + d.system) / 1000);
    }
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  perFile.sort((a, b) => a - b);
  const n = inputs.length * passes;
  const q = (x: number) => perFile[Math.floor(x * (perFile.length - 1))]!.toFixed(2);
  const bytes = inputs.reduce((s, i) => s + i.bytes.length, 0);
  console.log(`${label}: files=${inputs.length} passes=${passes} meanKB=${(bytes / inputs.length / 1024).toFixed(1)} wall/file=${(wall / n).toFixed(2)}ms cpu/file=${((cpu.user + cpu.system) / 1000 / n).toFixed(2)}ms p50=${q(0.5)} p95=${q(0.95)} max=${q(1)}`);
};

measure('fixtures', files('tests/fixtures/articles', (f) => path.basename(f).startsWith('input')), 20);
measure('seed', files('/work/shared/corpus/seed', (f) => !f.endsWith('.md')), 50);
measure('corpus-html', files('/work/shared/corpus', (f) => f.endsWith('.html')), 2);
