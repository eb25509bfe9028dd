import { quoteStorm, textArticle } from '../fixtures.ts';
import { RETRY_SETTLE_MS } from '../retry-wait.ts';
import {
  emptyDisruption,
  forEachLimited,
  type Scenario,
  type ScenarioContext,
} from '../scenario.ts';

/** Batch-mates: with the slow file, one full batch of ten. */
const GOOD_FILES = 9;

const disrupt = async (ctx: ScenarioContext, prefix: string) => {
  const result = emptyDisruption();
  // The slow file first, the good ones right behind it: one batching window gathers them.
  await ctx.data.put(`${prefix}quote-storm.txt`, quoteStorm(`${prefix}storm`));
  const keys = Array.from({ length: GOOD_FILES }, (_, i) => `${prefix}good-${i}.txt`);
  await forEachLimited(keys, GOOD_FILES, (key) => ctx.data.put(key, textArticle(key)));
  result.notes.push(
    `one ${Math.round(quoteStorm('x').body.length / 1024)} KB quote storm with ${GOOD_FILES} good files`,
  );
  return result;
};

export const slowFileScenario: Scenario = {
  name: 'slow-file',
  description:
    'A hostile file whose quotes pass would run for over a minute unbudgeted (360 KB of unclosed quotation marks), uploaded with nine good files in one batch: the good ones are ingested and never reach the DLQ, the slow one is rejected.',
  prefix: 'faults-slow/',
  // A correct handler may hand unstarted batch-mates back for one visibility timeout.
  settleMs: RETRY_SETTLE_MS,
  disrupt: (ctx) => disrupt(ctx, slowFileScenario.prefix),
};
