/**
 * `npx tsx bench/memory/peak-memory.ts [--sizes 1,2,5,10,15,25] [--formats text,html,...]`
 *
 * Peak memory and time of building one generated article per format and size, each in
 * a fresh child process with the function's heap: the ingest function has 1024 MB, of
 * which HEAP_MIB is left to V8's old space (the rest is the runtime, code and off-heap
 * buffers). A child that runs out of heap is reported as `crashed`. `maxObjectBytes`
 * in shared/domain/limits.ts is the largest size whose worst peak stays under
 * ~70% of 1024 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOrExit } from '#local/command-line/options-or-exit.ts';
import { parseOptions } from '#local/command-line/parse-options.ts';
import { UsageError } from '#local/command-line/usage-error.ts';
import { ARTICLE_FORMATS, type ArticleFormat, generateArticle } from './generate-article.ts';

/** The function's 1024 MB less about 128 MB for the Lambda runtime, code and buffers. */
const HEAP_MIB = 896;
const FUNCTION_MIB = 1024;
const MIB = 1024 * 1024;
const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'build-child.ts');
/** A child still running after this long is stopped (the function's timeout is 30 s). */
const CHILD_TIMEOUT_MS = 180_000;

const USAGE =
  'usage: npx tsx bench/memory/peak-memory.ts [--sizes 1,2,5,10,15,25] [--formats text,html,markdown,json,nitf]';

interface Options {
  sizes: number[];
  formats: ArticleFormat[];
  help: boolean;
}

const parseCommandLine = (): Options => {
  const { values } = parseOptions(process.argv.slice(2), {
    sizes: { type: 'string', default: '1,2,5,10,15,25' },
    formats: { type: 'string', default: ARTICLE_FORMATS.join(',') },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const sizes = values.sizes.split(',').map(Number);
  if (sizes.some((size) => !(size > 0)))
    throw new UsageError(`--sizes wants sizes in MB, not ${values.sizes}.`);
  const formats = values.formats.split(',') as ArticleFormat[];
  const unknown = formats.find((format) => !ARTICLE_FORMATS.includes(format));
  if (unknown !== undefined)
    throw new UsageError(`--formats wants some of ${ARTICLE_FORMATS.join(', ')}, not ${unknown}.`);
  return { sizes, formats, help: values.help };
};

interface ChildReport {
  peakMiB: number;
  beforeMiB: number;
  ms: number;
  cpuMs: number;
  outcome: string;
  unitsPerByte: number;
}

const runChild = (file: string): ChildReport | string => {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MIB}`, '--import', 'tsx', CHILD, file],
    { encoding: 'utf8', timeout: CHILD_TIMEOUT_MS },
  );
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    return child.error ? 'timed out' : `crashed (${child.signal ?? `exit ${child.status}`})`;
  }
  return JSON.parse(line) as ChildReport;
};

const options = optionsOrExit(parseCommandLine, USAGE);
const dir = mkdtempSync(join(tmpdir(), 'peak-memory-'));
console.log(
  `heap ${HEAP_MIB} MiB; 70% of ${FUNCTION_MIB} MiB is ${Math.round(FUNCTION_MIB * 0.7)} MiB`,
);
console.log('format        MB  peak MiB  before MiB  wall s   CPU s  units/B  outcome');
try {
  for (const format of options.formats) {
    for (const size of options.sizes) {
      const article = generateArticle(format, size * MIB);
      const file = join(dir, article.key.replace('/', '-'));
      writeFileSync(file, article.bytes);
      const report = runChild(file);
      const cells =
        typeof report === 'string'
          ? `${'-'.padStart(8)}  ${'-'.padStart(10)}  ${'-'.padStart(6)}  ${'-'.padStart(6)}  ${'-'.padStart(7)}  ${report}`
          : [
              report.peakMiB.toFixed(0).padStart(8),
              report.beforeMiB.toFixed(0).padStart(10),
              (report.ms / 1000).toFixed(1).padStart(6),
              (report.cpuMs / 1000).toFixed(1).padStart(6),
              report.unitsPerByte.toFixed(1).padStart(7),
              report.outcome,
            ].join('  ');
      console.log(`${format.padEnd(12)} ${String(size).padStart(3)}  ${cells}`);
      rmSync(file);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
