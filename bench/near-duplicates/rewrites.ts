import type { Rng } from '../fuzz/prng.ts';
import { paragraph, person, place, sentence } from '../fuzz/words.ts';

/** An article as a wire desk handles it: headline, byline, paragraphs. */
export interface WireStory {
  title: string;
  byline?: string;
  paragraphs: readonly string[];
}

/** The edits a site makes to an agency story before running it (the positives). */
export const WIRE_EDITS = [
  'headline',
  'byline',
  'new-lede',
  'drop-paragraph',
  'add-paragraph',
  'change-quotes',
  'boilerplate',
  'copy-edits',
] as const;
export type WireEdit = (typeof WIRE_EDITS)[number];

const SENTENCE_END = /(?<=[.!?]["\u201d]?)\s+(?=["\u201c]?[A-Z\d])/u;
const QUOTED = /["\u201c]([^"\u201d]{3,})["\u201d]/u;
const WORD = /\b[\p{L}]{4,}\b/gu;
/** Spellings a house style changes (a site's copy desk, not the agency's). */
const HOUSE_STYLE: readonly [RegExp, string][] = [
  [/\bpercent\b/g, 'per cent'],
  [/\bsaid\b/, 'told reporters'],
  [/\bMonday\b/g, 'on Monday'],
  [/\bMr\.? /g, 'Mr '],
  [/\bon Tuesday\b/g, 'this week'],
];
const AGENCIES = ['Wire Service', 'Newsdesk Agency', 'Press Union'];
const EDITORS = ['Ana Ruiz', 'Tom Okafor', 'Lena Berg', 'Ivo Marsh'];

const splitSentences = (text: string): string[] => text.split(SENTENCE_END);

const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((value, i) => (i === index ? item : value));

/** Replaces one in `every` words of four letters or more by another word of the text. */
const swapWords = (text: string, rng: Rng, every: number): string => {
  const words = [...text.matchAll(WORD)].map(([word]) => word);
  if (words.length === 0) return text;
  return text.replace(WORD, (word) => (rng.chance(1 / every) ? rng.pick(words) : word));
};

const EDITS: Record<WireEdit, (story: WireStory, rng: Rng) => WireStory> = {
  headline: (story, rng) => ({
    ...story,
    title: rng.chance(0.5)
      ? `UPDATE ${rng.int(1, 3)}-${story.title}`
      : swapWords(story.title, rng, 3),
  }),
  byline: (story, rng) => ({ ...story, byline: `By ${person(rng)}, ${rng.pick(AGENCIES)}` }),
  'new-lede': (story, rng) => {
    const [first = '', ...rest] = story.paragraphs;
    const dateline = `${place(rng).toUpperCase()} (${rng.pick(AGENCIES)}) - `;
    return { ...story, paragraphs: [`${dateline}${sentence(rng)} ${first}`, ...rest] };
  },
  'drop-paragraph': (story, rng) => {
    if (story.paragraphs.length < 3) {
      const last = story.paragraphs.length - 1;
      const sentences = splitSentences(story.paragraphs[last] ?? '');
      if (sentences.length < 2) return story;
      return {
        ...story,
        paragraphs: replaceAt(story.paragraphs, last, sentences.slice(0, -1).join(' ')),
      };
    }
    const drop = rng.int(1, story.paragraphs.length - 1);
    return { ...story, paragraphs: story.paragraphs.filter((_, i) => i !== drop) };
  },
  'add-paragraph': (story, rng) => {
    const at = rng.int(1, story.paragraphs.length);
    const added = paragraph(rng);
    return {
      ...story,
      paragraphs: [...story.paragraphs.slice(0, at), added, ...story.paragraphs.slice(at)],
    };
  },
  'change-quotes': (story, rng) => {
    const quoted = story.paragraphs.findIndex((p) => QUOTED.test(p));
    if (quoted >= 0) {
      const text = story.paragraphs[quoted] ?? '';
      const changed = text.replace(QUOTED, (whole) => swapWords(whole, rng, 3));
      return { ...story, paragraphs: replaceAt(story.paragraphs, quoted, changed) };
    }
    const said = story.paragraphs.findIndex((p) => /\bsaid\b/.test(p));
    const at = Math.max(said, 0);
    const text = story.paragraphs[at] ?? '';
    const changed = /\bsaid\b/.test(text)
      ? text.replace(/\bsaid\b/, `said in a statement to ${rng.pick(AGENCIES)}`)
      : `${text} "${sentence(rng).replace(/\.$/, '')}," a spokesperson said.`;
    return { ...story, paragraphs: replaceAt(story.paragraphs, at, changed) };
  },
  boilerplate: (story, rng) => ({
    ...story,
    paragraphs: [
      ...story.paragraphs,
      `(Reporting by ${person(rng)}; Editing by ${rng.pick(EDITORS)})`,
      ...(rng.chance(0.5)
        ? [
            `Copyright 2026 ${rng.pick(AGENCIES)}. All rights reserved. This material may not be redistributed.`,
          ]
        : []),
    ],
  }),
  'copy-edits': (story, rng) => ({
    ...story,
    paragraphs: story.paragraphs.map((text) => {
      let edited = text;
      for (const [pattern, replacement] of HOUSE_STYLE) {
        if (rng.chance(0.5)) edited = edited.replace(pattern, replacement);
      }
      return edited;
    }),
  }),
};

/** One wire copy of `story`: `count` distinct edits drawn at random, applied in list order. */
export const wireRewrite = (
  story: WireStory,
  rng: Rng,
  count: number,
): { story: WireStory; edits: WireEdit[] } => {
  const pool = [...WIRE_EDITS];
  const edits: WireEdit[] = [];
  while (edits.length < count && pool.length > 0) {
    edits.push(...pool.splice(rng.int(0, pool.length - 1), 1));
  }
  edits.sort((a, b) => WIRE_EDITS.indexOf(a) - WIRE_EDITS.indexOf(b));
  return { story: edits.reduce((s, edit) => EDITS[edit](s, rng), story), edits };
};

/** The story with one named edit, for the per-edit rows. */
export const applyEdit = (story: WireStory, edit: WireEdit, rng: Rng): WireStory =>
  EDITS[edit](story, rng);

/**
 * A different article on the same topic (a negative): the same headline and the
 * story's own content words (`terms`), in new sentences of about the same length.
 */
export const sameTopicStory = (story: WireStory, terms: readonly string[], rng: Rng): WireStory => {
  const pool = terms.length > 0 ? terms : ['story'];
  const topical = (): string =>
    `${sentence(rng).replace(/\.$/, '')}, and the ${rng.pick(pool)} and the ${rng.pick(pool)} were ${rng.pick(['discussed', 'questioned', 'reviewed'])} again.`;
  return {
    title: story.title,
    paragraphs: story.paragraphs.map((text) => {
      const sentences = splitSentences(text).length;
      return Array.from({ length: sentences }, topical).join(' ');
    }),
  };
};

/**
 * A follow-up story (a negative): it opens with the story's first sentence, the news
 * peg both share, and goes on in new text as long as the rest.
 */
export const followUpStory = (story: WireStory, rng: Rng): WireStory => {
  const [first = '', ...rest] = story.paragraphs;
  const lede = splitSentences(first)[0] ?? first;
  const sentences = rest.reduce((sum, text) => sum + splitSentences(text).length, 0);
  const fresh = Array.from({ length: Math.max(sentences, 2) }, () => sentence(rng));
  return { title: story.title, paragraphs: [lede, ...chunk(fresh, 3).map((s) => s.join(' '))] };
};

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );

/** The story as a plain-text file the pipeline reads: headline, byline, paragraphs. */
export const renderStory = (story: WireStory): string =>
  [story.title, ...(story.byline ? [story.byline] : []), ...story.paragraphs].join('\n\n');
