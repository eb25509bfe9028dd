/**
 * `npm run near-dups [-- --seed N --copies N --probes MODE]`: precision and recall of the
 * near-duplicate rule on wire copies generated from the golden fixtures' records (edits a
 * site makes to an agency story), against different articles, same-topic articles and follow-ups, for
 * each probe mode; the per-length and per-edit rows are for `--probes` (the default mode
 * when not given). docs/TABLE.md quotes it.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_NEAR_DUPLICATE_PROBES,
  isNearDuplicateProbes,
  NEAR_DUPLICATE_PROBE_MODES,
} from '#shared/domain/fingerprint-bands.ts';
import { NEAR_DUPLICATE_SIMILARITY } from '#shared/pipeline/near-duplicate.ts';
import { loadGoldenRecords } from '../table/golden-records.ts';
import { generatePairs, type SourceStory, storyOf } from './pairs.ts';
import { renderNearDuplicateReport } from './report.ts';

const ARTICLES_DIR = fileURLToPath(new URL('../../tests/fixtures/articles/', import.meta.url));

/** Every ingested golden record (an item of a feed or archive too) as a story. */
export const goldenStories = (): SourceStory[] =>
  loadGoldenRecords(ARTICLES_DIR).flatMap(({ slug, record }) =>
    record.status === 'ingested'
      ? [storyOf(`${slug}/${record.source.item?.key ?? ''}`, record)]
      : [],
  );

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      copies: { type: 'string', default: '30' },
      probes: { type: 'string', default: DEFAULT_NEAR_DUPLICATE_PROBES },
    },
  });
  if (!isNearDuplicateProbes(values.probes)) {
    console.error(`--probes wants one of ${NEAR_DUPLICATE_PROBE_MODES.join(', ')}.`);
    process.exit(2);
  }
  const pairs = generatePairs(goldenStories(), {
    seed: Number(values.seed),
    copies: Number(values.copies),
  });
  const limit = Math.round(64 * (1 - NEAR_DUPLICATE_SIMILARITY));
  for (const line of renderNearDuplicateReport(pairs, limit, values.probes)) console.log(line);
}
