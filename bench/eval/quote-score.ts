import type { Entity, Quote } from '#shared/domain/record.ts';

/** One hand-labelled quote: how its text begins, who said it (null: nobody named) and the role. */
export interface QuoteLabel {
  quote: string;
  speaker: string | null;
  role?: string;
}

/** What the extractor gave for one labelled article. */
export interface QuotePrediction {
  quotes: readonly Quote[];
  entities: readonly Entity[];
}

export interface QuoteCounts {
  /** Quotes the extractor gave a speaker. */
  attributed: number;
  /** Of those, the ones whose speaker is the labelled one. */
  correct: number;
  /** Labelled quotes that have a speaker. */
  labelledSpeakers: number;
  /** Labelled roles, and how many the correct speaker's entity carries in full. */
  labelledRoles: number;
  rolesFound: number;
  /** One line per miss, for the report. */
  misses: string[];
}

const fold = (text: string): string =>
  text.normalize('NFKC').replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

const labelFor = (labels: readonly QuoteLabel[], quote: Quote): QuoteLabel | undefined =>
  labels.find((l) => fold(quote.text).startsWith(fold(l.quote)));

const hasRole = (entities: readonly Entity[], speaker: string, role: string): boolean =>
  entities.some(
    (e) => fold(e.name) === fold(speaker) && e.roles.some((r) => fold(r) === fold(role)),
  );

/**
 * Scores one article: a speaker counts as correct when it names the labelled speaker; a
 * speaker given to a quote labelled with none (a title, a scare quote, an anonymous
 * voice) or to text not labelled at all counts against precision. A role counts when the
 * speaker's entity carries the labelled role phrase whole (`operations director`, not
 * `director`).
 */
export const scoreQuotes = (
  id: string,
  labels: readonly QuoteLabel[],
  predicted: QuotePrediction,
): QuoteCounts => {
  const counts: QuoteCounts = {
    attributed: 0,
    correct: 0,
    labelledSpeakers: labels.filter((l) => l.speaker !== null).length,
    labelledRoles: 0,
    rolesFound: 0,
    misses: [],
  };
  const credited = new Set<QuoteLabel>();
  for (const quote of predicted.quotes) {
    if (quote.speaker === undefined) continue;
    counts.attributed += 1;
    const label = labelFor(labels, quote);
    if (label?.speaker && fold(label.speaker) === fold(quote.speaker) && !credited.has(label)) {
      counts.correct += 1;
      credited.add(label);
    } else {
      counts.misses.push(
        `${id}: "${quote.text}" given to ${quote.speaker}, labelled ${label?.speaker ?? 'none'}`,
      );
    }
  }
  for (const label of labels) {
    if (label.speaker && !credited.has(label))
      counts.misses.push(`${id}: "${label.quote}..." missed ${label.speaker}`);
    if (!label.speaker || !label.role) continue;
    counts.labelledRoles += 1;
    if (hasRole(predicted.entities, label.speaker, label.role)) counts.rolesFound += 1;
    else counts.misses.push(`${id}: role "${label.role}" of ${label.speaker} missed`);
  }
  return counts;
};

/** Sums the counts of several articles. */
export const addCounts = (all: readonly QuoteCounts[]): QuoteCounts =>
  all.reduce(
    (sum, c) => ({
      attributed: sum.attributed + c.attributed,
      correct: sum.correct + c.correct,
      labelledSpeakers: sum.labelledSpeakers + c.labelledSpeakers,
      labelledRoles: sum.labelledRoles + c.labelledRoles,
      rolesFound: sum.rolesFound + c.rolesFound,
      misses: [...sum.misses, ...c.misses],
    }),
    { attributed: 0, correct: 0, labelledSpeakers: 0, labelledRoles: 0, rolesFound: 0, misses: [] },
  );
