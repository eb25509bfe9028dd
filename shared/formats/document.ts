import type { ArticleFormat, DateSource } from '../domain/record.ts';

/**
 * What every format parser produces: the article's text and the metadata the file states
 * about itself, before any field is chosen or derived. `shared/extract` turns one of these
 * into record fields; it never looks at the original bytes.
 */
export interface ParsedDocument {
  format: ArticleFormat;
  /** A title the file states (a `Title:` header, front matter, `<title>`, a headline line). */
  title?: string;
  subtitle?: string;
  authors: string[];
  publisher?: string;
  /** A dateline the file states as a field (`Dateline:`); else extraction reads the lede. */
  dateline?: string;
  /** Every date the file offers, in the order found; `extract/dates.ts` picks one. */
  dates: DateCandidate[];
  /** A declared language tag (`<html lang>`, front matter `lang`), as written. */
  languageHint?: string;
  /** The article's sections in reading order; the first one's heading may be null. */
  sections: DocumentSection[];
  keywords: string[];
  canonicalUrl?: string;
}

export interface DocumentSection {
  heading: string | null;
  paragraphs: string[];
}

export type DateKind = 'published' | 'modified';

export interface DateCandidate {
  /** The date as written in the file (`2025-11-05`, `Nov 5, 2025`, an ISO timestamp...). */
  value: string;
  source: DateSource;
  kind: DateKind;
  /**
   * The page's own day for an instant written in UTC, when the page shows that day by
   * its headline (`2019-03-04T15:00:00Z` on a page dated 5 March in Tokyo).
   */
  pageDay?: string;
}

/** An empty document of one format, for parsers to fill in. */
export const emptyDocument = (format: ArticleFormat): ParsedDocument => ({
  format,
  authors: [],
  dates: [],
  sections: [],
  keywords: [],
});

/** Distinct non-empty strings, in order. */
export const distinct = (values: ReadonlyArray<string | undefined>): string[] => [
  ...new Set(values.filter((value): value is string => Boolean(value))),
];
