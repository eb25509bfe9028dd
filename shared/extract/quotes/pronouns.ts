import { spendWork } from '../../domain/work-budget.ts';
import type { ResolvedMention } from '../entities/index.ts';
import type { Gender } from './gender.ts';

export type Pronoun = 'he' | 'she' | 'they' | 'it';

/** A pronoun speaker refers back at most this many paragraphs; further, news names again. */
const LOOKBACK_PARAGRAPHS = 3;

const fits = (pronoun: Pronoun, m: ResolvedMention, genders: ReadonlyMap<string, Gender>) => {
  if (m.kind === 'place') return false;
  if (pronoun === 'it') return m.kind === 'organisation';
  const gender = m.kind === 'person' ? (genders.get(m.name) ?? 'unknown') : undefined;
  // `they`: a body (`the association ... they said`) or a person the text gives no gender.
  if (pronoun === 'they') return gender === undefined || gender === 'unknown';
  if (gender === undefined) return false;
  return gender === 'unknown' || gender === (pronoun === 'she' ? 'female' : 'male');
};

/**
 * The speaker `he/she/they/it said` refers to: the nearest person (or body, for `it` and
 * `they`) named before the pronoun whose gender does not contradict it, within a few
 * paragraphs. `sorted` holds the article's mentions in text order.
 */
export const resolvePronoun = (
  pronoun: Pronoun,
  at: { paragraph: number; offset: number },
  sorted: readonly ResolvedMention[],
  genders: ReadonlyMap<string, Gender>,
): string | undefined => {
  spendWork(sorted.length, 'quotes');
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const m = sorted[i];
    if (!m || m.paragraph > at.paragraph || (m.paragraph === at.paragraph && m.end > at.offset))
      continue;
    if (m.paragraph < at.paragraph - LOOKBACK_PARAGRAPHS) return undefined;
    if (fits(pronoun, m, genders)) return m.name;
  }
  return undefined;
};
