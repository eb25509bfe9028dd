import type { IngestedRecord } from '#shared/domain/record.ts';

/**
 * A hand-written checklist of corpus/seed/EXPECTED.md (a human reading of the seed
 * article): the expected values only, never the article text. Annotation fields the
 * record does not carry report "not extracted yet"; otherwise they are checked against
 * the record schema: entities by kind and canonical name, quotes by speaker, temporal
 * references by resolved value, sources by name.
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

/** Compares the expected values with what the record lists; `forbidden` must be absent. */
const listCheck = (
  ours: readonly string[] | undefined,
  expected: readonly string[],
  forbidden: readonly string[] = [],
) => {
  if (ours === undefined) return null;
  const missing = expected.filter((e) => !ours.includes(e));
  const wrong = forbidden.filter((f) => ours.includes(f));
  const problems = [...missing.map((t) => `missing ${t}`), ...wrong.map((t) => `has ${t}`)];
  return { ok: problems.length === 0, ours: problems.join('; ') || 'all found' };
};

type Kind = NonNullable<IngestedRecord['entities']>[number]['kind'];

/** Entity names of one kind; never-entities are checked against every kind. */
const entityCheck =
  (kind: Kind, expected: readonly string[], forbidden: readonly string[] = []) =>
  (record: IngestedRecord) => {
    const entities = record.entities;
    if (entities === undefined) return null;
    const ofKind = entities.filter((e) => e.kind === kind).map((e) => e.name);
    const anyKind = entities.map((e) => e.name);
    const result = listCheck(ofKind, expected);
    const wrong = forbidden.filter((f) => anyKind.includes(f));
    if (result === null || wrong.length === 0) return result;
    const problems = [result.ok ? '' : result.ours, ...wrong.map((f) => `has ${f}`)];
    return { ok: false, ours: problems.filter(Boolean).join('; ') };
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
/** Never entities of their own: months, weekdays, a demonym, a surname of a listed person. */
const NOT_ENTITIES = ['August', 'May', 'Wednesday', 'Saturday', 'Russian', 'Ryabkov'];
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
    expected: `${PEOPLE.length} people, Ryabkov merged`,
    check: entityCheck('person', PEOPLE, NOT_ENTITIES),
  },
  {
    field: 'entities (places)',
    expected: `${PLACES.length} places, not August`,
    check: entityCheck('place', PLACES, NOT_ENTITIES),
  },
  {
    field: 'entities (orgs)',
    expected: 'TASS, Russian Foreign Ministry',
    check: entityCheck('organisation', ORGANISATIONS),
  },
  {
    field: 'quotes',
    expected: '3 quotes with speakers',
    check: (r) =>
      listCheck(
        r.quotes?.map((q) => q.speaker ?? '(none)'),
        QUOTE_SPEAKERS,
      ),
  },
  { field: 'sourcesCited', expected: 'TASS', check: (r) => listCheck(r.sourcesCited, ['TASS']) },
  {
    field: 'temporalRefs',
    expected: '5 resolved dates',
    check: (r) =>
      listCheck(
        r.temporalRefs?.map((t) => t.value),
        TEMPORAL,
      ),
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
