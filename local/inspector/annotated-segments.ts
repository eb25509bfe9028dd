import type { IngestedRecord } from '#shared/domain/record.ts';

/** What a highlighted piece of text is; the page styles each kind (see static/style.css). */
export type MarkKind = 'person' | 'place' | 'organisation' | 'date' | 'quote';

/** One run of the body: plain text, or text inside a quote and/or a mark, with a label. */
export interface Segment {
  text: string;
  kinds?: MarkKind[];
  label?: string;
}

interface Span {
  start: number;
  end: number;
  kind: MarkKind;
  label: string;
}

/** The page shows this much of a body; a longer one is cut (the record has the rest). */
export const MAX_SHOWN_CHARS = 200_000;
/** Each name, phrase or quote is marked at most this often: a page, not a concordance. */
const MAX_HITS_PER_NEEDLE = 200;
/** All marks together; past this the rest of the text is plain. */
const MAX_SPANS = 5_000;
/** A needle shorter than this (an initial, `US`) would mark noise inside other words. */
const MIN_NEEDLE_CHARS = 2;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The records carry no offsets (shared/domain/annotations.ts): names and phrases are found in the text. */
const findAll = (text: string, needle: string, wholeWord: boolean): number[] => {
  const starts: number[] = [];
  if (needle.length < MIN_NEEDLE_CHARS) return starts;
  let from = 0;
  while (starts.length < MAX_HITS_PER_NEEDLE) {
    const at = text.indexOf(needle, from);
    if (at < 0) break;
    from = at + needle.length;
    // A name is a word: `Keller` must not mark inside `Kellerman`.
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!wholeWord || (!WORD_CHAR.test(before) && !WORD_CHAR.test(after))) starts.push(at);
  }
  return starts;
};

const spansOf = (
  text: string,
  needles: { text: string; kind: MarkKind; label: string }[],
  wholeWord: boolean,
): Span[] =>
  needles.flatMap(({ text: needle, kind, label }) =>
    findAll(text, needle, wholeWord).map((start) => ({
      start,
      end: start + needle.length,
      kind,
      label,
    })),
  );

/** Drops spans that overlap an earlier (or, at the same start, a longer) one. */
const withoutOverlaps = (spans: Span[]): Span[] => {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let reached = 0;
  for (const span of sorted) {
    if (kept.length >= MAX_SPANS) break;
    if (span.start < reached) continue;
    kept.push(span);
    reached = span.end;
  }
  return kept;
};

const markSpans = (text: string, record: IngestedRecord): Span[] => {
  // Longer names first, so `Anna Keller` wins over its alias `Keller` at the same place.
  const names = (record.entities ?? []).flatMap((entity) =>
    [entity.name, ...entity.aliases].map((name) => ({
      text: name,
      kind: entity.kind,
      label: `${entity.name} (${entity.kind})`,
    })),
  );
  const dates = (record.temporalRefs ?? []).map((ref) => ({
    text: ref.text,
    kind: 'date' as const,
    label: `${ref.value} (${ref.granularity})`,
  }));
  return withoutOverlaps(spansOf(text, [...names, ...dates], true));
};

const quoteSpans = (text: string, record: IngestedRecord): Span[] =>
  withoutOverlaps(
    spansOf(
      text,
      (record.quotes ?? []).map((quote) => ({
        text: quote.text,
        kind: 'quote' as const,
        label: quote.speaker ? `quote: ${quote.speaker}` : 'quote',
      })),
      false,
    ),
  );

/** The spans covering `at`, quote first (a quote may hold names and dates). */
const coveringAt = (layers: Span[][], cursors: number[], at: number): Span[] =>
  layers.flatMap((layer, index) => {
    const span = layer[cursors[index] ?? 0];
    return span && span.start <= at && at < span.end ? [span] : [];
  });

/**
 * The shown part of an article's body cut into segments at every edge of a quote, a
 * name (entity or alias) or a date phrase, each labelled: the page renders them as
 * text nodes, never as markup. Quotes are one layer and names and dates another, so a
 * name inside a quote is marked in both.
 */
export const annotatedSegments = (record: IngestedRecord): Segment[] => {
  const text = record.body.slice(0, MAX_SHOWN_CHARS);
  // Annotations were read from the first `annotatedChars` only: mark nothing past them.
  const marked = text.slice(0, record.annotatedChars ?? text.length);
  const layers = [quoteSpans(marked, record), markSpans(marked, record)];
  const edges = new Set<number>([0, text.length]);
  for (const span of layers.flat()) edges.add(span.start).add(span.end);
  const cuts = [...edges].sort((a, b) => a - b);
  const cursors = layers.map(() => 0);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    layers.forEach((layer, layerIndex) => {
      while ((layer[cursors[layerIndex] ?? 0]?.end ?? Number.POSITIVE_INFINITY) <= start)
        cursors[layerIndex] = (cursors[layerIndex] ?? 0) + 1;
    });
    const covering = coveringAt(layers, cursors, start);
    const piece = text.slice(start, end);
    if (covering.length === 0) segments.push({ text: piece });
    else
      segments.push({
        text: piece,
        kinds: covering.map((span) => span.kind),
        label: covering.map((span) => span.label).join('; '),
      });
  }
  return segments;
};
