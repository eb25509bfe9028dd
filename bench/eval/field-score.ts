import { authorsMatch, textMatches } from './fold.ts';

/** What the scorer needs from a record; undefined fields mean "not extracted". */
export interface MetaPrediction {
  title?: string;
  authors?: readonly string[];
  publishedDate?: string;
}

export interface FieldFailure {
  file: string;
  gold: string | null;
  ours: string;
}

export interface FieldScore {
  hits: number;
  total: number;
  rate: number;
  failures: FieldFailure[];
}

/** One page's gold value for one field, and whether ours matches it. */
export interface FieldCase {
  file: string;
  gold: string | null;
  ours: string;
  match: boolean;
}

/** Share of matching cases, with the failing ones kept for diagnosis. */
export const scoreCases = (cases: readonly FieldCase[]): FieldScore => {
  const hits = cases.filter((c) => c.match).length;
  const failures = cases
    .filter((c) => !c.match)
    .map(({ file, gold, ours }) => ({ file, gold, ours }));
  return {
    hits,
    total: cases.length,
    rate: cases.length > 0 ? hits / cases.length : Number.NaN,
    failures,
  };
};

export const titleCase = (file: string, gold: string | null, ours?: MetaPrediction): FieldCase => ({
  file,
  gold,
  ours: ours?.title ?? '',
  match: textMatches(gold, ours?.title),
});

export const authorCase = (file: string, gold: string | null, ours?: MetaPrediction): FieldCase => {
  const authors = ours?.authors ?? [];
  return { file, gold, ours: authors.join(' | '), match: authorsMatch(gold, authors) };
};

/** Dates compare by day; a null gold ("no date on this page") matches only no date. */
export const dateCase = (file: string, gold: string | null, ours?: MetaPrediction): FieldCase => ({
  file,
  gold,
  ours: ours?.publishedDate ?? '',
  match: (ours?.publishedDate ?? null) === gold,
});
