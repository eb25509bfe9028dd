import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceFacts } from '#shared/domain/record.ts';
import { PROBE_ENV } from './cold-start.ts';

/** One upload to run through a bundle: its bytes' file, where it came from, the clock. */
export interface BundledInput {
  file: string;
  source: SourceFacts;
  now: string;
}

export interface BundledRecords {
  /** `JSON.stringify` of `buildObject`'s result for each input, in order. */
  outputs: string[];
  /** The files beside the bundle that Node loaded while it ran (the lazy libraries). */
  loadedBeside: string[];
}

/**
 * Runs in a fresh process, as Lambda loads the bundle: imports the probe bundle by file
 * URL, builds each input's records with its `buildObject`, and writes them with the
 * names of the CommonJS files it loaded from the bundle's own directory.
 */
const CHILD = `
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
const [bundle, inputsFile, outputFile] = process.argv.slice(1);
const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
const probe = await import(pathToFileURL(bundle).href);
const outputs = inputs.map(({ file, source, now }) =>
  JSON.stringify(probe.buildObject({ bytes: new Uint8Array(readFileSync(file)), source, now: new Date(now) })));
const beside = Object.keys(createRequire(bundle).cache).filter((f) => dirname(f) === dirname(bundle));
writeFileSync(outputFile, JSON.stringify({ outputs, loadedBeside: beside.map((f) => basename(f)).sort() }));
`;

/**
 * The records a probe bundle (one exporting `buildObject`, e.g. cold-start-probe.ts
 * built with the stack's options) builds for `inputs`, in a fresh `node` process with
 * the handler's environment. Compared with the source's, they show what bundling changed.
 */
export const bundledRecords = (bundle: string, inputs: readonly BundledInput[]): BundledRecords => {
  const inputsFile = join(dirname(bundle), 'records-inputs.json');
  const outputFile = join(dirname(bundle), 'records-outputs.json');
  writeFileSync(inputsFile, JSON.stringify(inputs));
  const child = spawnSync(
    process.execPath,
    ['--no-warnings', '--input-type=module', '-e', CHILD, bundle, inputsFile, outputFile],
    { env: PROBE_ENV, encoding: 'utf8' },
  );
  if (child.status !== 0)
    throw new Error(`The bundle ${bundle} failed on the inputs: ${child.stderr.trim()}`);
  return JSON.parse(readFileSync(outputFile, 'utf8')) as BundledRecords;
};
