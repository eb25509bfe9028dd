import type { IngestedRecord } from '../../shared/domain/record.ts';

/**
 * A hand-written checklist of corpus/seed/EXPECTED.md (a human reading of the seed
 * article): the expected values only, never the article text. Annotation fields the
 * record does not carry yet report "not extracted yet"; once they exist, they are
 * checked by the names and dates their JSON must mention, whatever their shape.
 */

export type SeedVerdict = 'pass' | 'fail' | 'not extracted yet';

export interface SeedCheck {
  field: string;
  expected: string;
  /** What we have, and whether it passes; null when the record lacks the field. */
  check: (record: IngestedRecord) => { ok: boolean; ours: string } | null;
}

/** EXPECTED.md says "about 420" words; anything within 10% counts. */
const WORD_COUNT = 420;
const WORD_COUNT_TOLERANCE = 0.1;
const HEADINGS = [null, 'No progress in resuming flights', 'Moves that exacerbate tension'];
const SECTION_SIZES = [3, 2, 6];
const DATE_HEADER = /^\s*date\s+\d{4}-\d{2}-\d{2}/iu;

const equals = (ours: unknown, expected: unknown) => ({
  ok: JSON.stringify(ours) === JSON.stringify(expected),
  ours: JSON.stringify(ours) ?? 'undefined',
});

/** Checks an annotation field by the terms its JSON must (and must not) contain. */
const mentions =
  (field: string, terms: readonly string[], forbidden: readonly string[] = []) =>
  (record: IngestedRecord) => {
    const value = (record as Record<string, unknown>)[field];
    if (value === undefined) return null;
    const json = JSON.stringify(value).toLowerCase();
    const missing = terms.filter((t) => !json.includes(t.toLowerCase()));
    const wrong = forbidden.filter((t) => json.includes(`"${t.toLowerCase()}"`));
    const problems = [...missing.map((t) => `missing ${t}`), ...wrong.map((t) => `has ${t}`)];
    return { ok: problems.length === 0, ours: problems.join('; ') || 'all found' };
  };

const PEOPLE = [
  'Sergey Ryabkov',
  'Vladimir Putin',
  'Donald Trump',
  'Maria Zakharova',
  'Nicolas Maduro',
];
const PLACES = [
  'Budapest',
  'Alaska',
  'Russia',
  'United States',
  'Venezuela',
  'Caribbean',
  'Moscow',
];
const ORGANISATIONS = ['TASS', 'Russian Foreign Ministry'];
const TEMPORAL = ['2025-11-05', '2025-10', '2025-08', '2025-11-01', '2025-05'];
const QUOTE_SPEAKERS = ['Sergey Ryabkov', 'Russian Foreign Ministry', 'Maria Zakharova'];

export const SEED_CHECKS: readonly SeedCheck[] = [
  {
    field: 'publishedDate',
    expected: '2025-11-05',
    check: (r) => equals(r.publishedDate, '2025-11-05'),
  },
  { field: 'language', expected: 'en', check: (r) => equals(r.language, 'en') },
  { field: 'titleSource', expected: 'derived', check: (r) => equals(r.titleSource, 'derived') },
  { field: 'paragraphCount', expected: '11', check: (r) => equals(r.paragraphCount, 11) },
  {
    field: 'sections',
    expected: '3: untitled 3, 2 and 6 paragraphs',
    check: (r) =>
      equals(
        r.sections.map((s) => [s.heading, s.paragraphs.length]),
        HEADINGS.map((h, i) => [h, SECTION_SIZES[i]]),
      ),
  },
  {
    field: 'lede',
    expected: 'first paragraph, no date header',
    check: (r) => ({
      ok: r.lede !== '' && !DATE_HEADER.test(r.lede) && r.lede === r.sections[0]?.paragraphs[0],
      ours: JSON.stringify(r.lede.slice(0, 40)),
    }),
  },
  {
    field: 'wordCount',
    expected: `${WORD_COUNT} +-${WORD_COUNT_TOLERANCE * 100}%`,
    check: (r) => ({
      ok: Math.abs(r.wordCount - WORD_COUNT) <= WORD_COUNT * WORD_COUNT_TOLERANCE,
      ours: String(r.wordCount),
    }),
  },
  {
    field: 'entities (people)',
    expected: `${PEOPLE.length} people`,
    check: mentions('entities', PEOPLE),
  },
  {
    field: 'entities (places)',
    expected: `${PLACES.length} places, not August`,
    check: mentions('entities', PLACES, ['August']),
  },
  {
    field: 'entities (orgs)',
    expected: 'TASS, Russian Foreign Ministry',
    check: mentions('entities', ORGANISATIONS),
  },
  {
    field: 'quotes',
    expected: '3 quotes with speakers',
    check: mentions('quotes', QUOTE_SPEAKERS),
  },
  { field: 'sourcesCited', expected: 'TASS', check: mentions('sourcesCited', ['TASS']) },
  {
    field: 'temporalRefs',
    expected: '5 resolved dates',
    check: mentions('temporalRefs', TEMPORAL),
  },
];

export interface SeedResult {
  field: string;
  verdict: SeedVerdict;
  expected: string;
  ours: string;
}

/** Runs the checklist on a record; no record (a throw or a reject) fails every field. */
export const checkSeed = (record: IngestedRecord | undefined): SeedResult[] =>
  SEED_CHECKS.map(({ field, expected, check }) => {
    if (record === undefined) return { field, verdict: 'fail', expected, ours: 'no record' };
    const outcome = check(record);
    if (outcome === null) return { field, verdict: 'not extracted yet', expected, ours: '' };
    return { field, verdict: outcome.ok ? 'pass' : 'fail', expected, ours: outcome.ours };
  });
