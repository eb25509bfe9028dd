import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '#bench/bench/bundle.ts';
import { type BundledInput, bundledRecords } from '#bench/bench/bundled-records.ts';
import { PIPELINE_BUNDLING, pipelineFiles } from '#infra/constructs/pipeline-function.ts';
import { FILES_BESIDE_BUNDLE } from '#shared/formats/lazy-libraries.cjs';
import { buildObject } from '#shared/pipeline/build-record.ts';
import { GOLDEN_NOW, listCases } from '../../fixtures/write-expected.ts';

/** The handler plus `buildObject`, the entry the bench's cold start bundles. */
const PROBE_ENTRY = fileURLToPath(
  new URL('../../../bench/bench/cold-start-probe.ts', import.meta.url),
);

/** Fixtures whose reading needs each lazy library: Markdown + front matter, gzip, DOCX. */
const LAZY_FIXTURES = ['markdown-front-matter', 'gzip-text-article', 'docx-headings'];

const inputOf = (slug: string, file: string): BundledInput => {
  const key = `${slug}/${file.split('/').at(-1)}`;
  const size = readFileSync(file).byteLength;
  return {
    file,
    source: { bucket: 'golden', key, sequencer: '01', size },
    now: GOLDEN_NOW.toISOString(),
  };
};

const sourceOutput = ({ file, source, now }: BundledInput): string =>
  JSON.stringify(
    buildObject({ bytes: new Uint8Array(readFileSync(file)), source, now: new Date(now) }),
  );

// Outside the repo: with no node_modules above it, a library missing beside the bundle
// cannot be found in the packages instead.
const outdir = mkdtempSync(join(tmpdir(), 'bundled-records-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the deployed bundle on every golden fixture', async () => {
  const cases = listCases();
  const inputs = cases.map(({ slug, inputFile }) => inputOf(slug, inputFile));
  const { outfile } = await buildBundle(PIPELINE_BUNDLING, PROBE_ENTRY, outdir, pipelineFiles());
  const bundled = bundledRecords(outfile, inputs);

  it('builds records byte-identical to the source', () => {
    const differing = cases
      .filter((_, index) => bundled.outputs[index] !== sourceOutput(inputs[index] as BundledInput))
      .map(({ slug }) => slug);

    expect(bundled.outputs).toHaveLength(cases.length);
    expect(differing).toEqual([]);
  });

  it('loads marked, yaml and fflate from the files beside it, which the fixtures need', () => {
    expect(cases.map(({ slug }) => slug)).toEqual(expect.arrayContaining(LAZY_FIXTURES));
    expect(bundled.loadedBeside).toEqual(Object.values(FILES_BESIDE_BUNDLE).sort());
  });
});
