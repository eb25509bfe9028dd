import type { Entity } from '../../domain/record.ts';
import { spendWork } from '../../domain/work-budget.ts';
import { paragraphMentions } from './mentions.ts';
import { ACRONYM } from './org-names.ts';
import type { RawMention } from './raw-mention.ts';
import { type ResolvedMention, resolvedMentions, resolveMentions, toEntity } from './resolve.ts';
import { tokenize } from './tokens.ts';

export type { ResolvedMention } from './resolve.ts';

export interface EntityReading {
  entities: Entity[];
  /** Every resolved mention, for quote speakers. */
  mentions: ResolvedMention[];
}

/** A one-word mention that may be a surname (`Bloomberg`); acronyms (`WHO`, `SUV`) are not. */
const maySurname = (raw: RawMention): boolean =>
  !raw.surface.includes(' ') && raw.kind !== 'org-ref' && !ACRONYM.test(raw.surface);

/**
 * People, places and organisations of an article's paragraphs, rule-based: capitalised
 * runs classified by a gazetteer, title and organisation vocabularies and context cues,
 * then merged (surnames and role references join the full name). Most mentioned first.
 * In a language other than English (ISO 639-1 `language`), people need a strong cue.
 */
export const extractEntities = (
  paragraphs: readonly string[],
  language?: string,
): EntityReading => {
  spendWork(
    paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0),
    'entities',
  );
  const tokens = paragraphs.map(tokenize);
  const lowercase = new Set<string>();
  for (const list of tokens) {
    for (const token of list) if (token.word && !token.cap) lowercase.add(token.text);
  }
  const raws: RawMention[] = [];
  paragraphs.forEach((paragraph, index) => {
    raws.push(...paragraphMentions(paragraph, tokens[index] ?? [], index, lowercase, language));
  });
  const surnamesAlone = new Set(raws.filter(maySurname).map((r) => r.surface));
  const groups = resolveMentions(raws, surnamesAlone);
  const entities = groups
    .map(toEntity)
    .map((entity, order) => ({ entity, order }))
    .sort((a, b) => b.entity.mentions - a.entity.mentions || a.order - b.order)
    .map(({ entity }) => entity);
  return { entities, mentions: resolvedMentions(groups) };
};
