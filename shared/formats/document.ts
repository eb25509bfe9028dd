import type { ArticleFormat, Block, DateSource } from '../domain/record.ts';

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
  /** What the file declares about the page beyond the story (see `PageFacts`). */
  pageFacts?: PageFacts;
}

/**
 * Page facts as the file states them (schema v1's `leadImage`, `images`, `siteName`...):
 * text as written, URLs possibly relative. `extract/page-facts.ts` cleans, validates and
 * chooses; readers only report.
 */
export interface PageFacts {
  siteName?: string;
  section?: string;
  categories?: string[];
  tags?: string[];
  /** Candidates for the lead image, best first (og:image, JSON-LD `image`...). */
  leadImages?: StatedImage[];
  /** Pictures inside the story, in reading order. */
  images?: StatedImage[];
  /** A licence URL or rights statement. */
  license?: string;
  /** A `dir` attribute as written (`rtl`, `ltr`, `auto`). */
  direction?: string;
  nextPageUrl?: string;
  isAccessibleForFree?: boolean;
  paywallSelector?: string;
  /** Set by a reader whose limit cut the body text. */
  truncated?: boolean;
}

export interface StatedImage {
  url: string;
  caption?: string;
  credit?: string;
  /** The picture's description (alt text): its caption only when none is stated. */
  alt?: string;
}

export interface DocumentSection {
  heading: string | null;
  paragraphs: string[];
  /**
   * The section typed, in reading order (its heading block first), from formats that
   * state structure: lists, tables, quotes, figures. Every paragraph, list item, table
   * row and quoted paragraph is also in `paragraphs`; figure captions are not.
   */
  blocks?: Block[];
}

/** A new section with its heading block, for readers that fill `blocks`. */
export const openSection = (heading: string | null, level = 2): DocumentSection => ({
  heading,
  paragraphs: [],
  blocks: heading === null ? [] : [{ type: 'heading', level, text: heading }],
});

/** The story text a block adds to its section's `paragraphs`. */
export const blockParagraphs = (block: Block): string[] => {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'table':
      return [
        ...(block.caption === undefined ? [] : [block.caption]),
        ...block.rows.map((cells) => cells.join(' ')),
      ];
    case 'quote':
      return block.text.split(QUOTE_PARAGRAPH_SEPARATOR);
    default:
      return [];
  }
};

/** Paragraphs of a quote block's `text`. */
export const QUOTE_PARAGRAPH_SEPARATOR = '\n\n';

/** Adds a list item: to the list the section ends with, else to a new list. */
export const addListItem = (section: DocumentSection, text: string, ordered: boolean): void => {
  const last = section.blocks?.at(-1);
  if (last?.type === 'list' && last.ordered === ordered) {
    last.items.push(text);
    section.paragraphs.push(text);
  } else {
    addBlock(section, { type: 'list', ordered, items: [text] });
  }
};

/** Adds a block to a section: to `blocks`, and its story text to `paragraphs`. */
export const addBlock = (section: DocumentSection, block: Block): void => {
  section.blocks ??= [];
  section.blocks.push(block);
  section.paragraphs.push(...blockParagraphs(block));
};

export type DateKind = 'published' | 'modified';

export interface DateCandidate {
  /** The date as written in the file (`2025-11-05`, `Nov 5, 2025`, an ISO timestamp...). */
  value: string;
  source: DateSource;
  kind: DateKind;
  /** The string as the file wrote it, when `value` is a rewriting of it (RFC 822 as ISO). */
  raw?: string;
  /**
   * The page's own day for an instant written in UTC, when the page shows that day by
   * its headline (`2019-03-04T15:00:00Z` on a page dated 5 March in Tokyo).
   */
  pageDay?: string;
  /**
   * A date the page shows by its headline (the byline's or the header's date line), as
   * opposed to one found elsewhere in its text.
   */
  byHeadline?: true;
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

/** The level a section heading is read at when `blocks` are absent. */
export const PLAIN_HEADING_LEVEL = 2;

/**
 * The section without `blocks` when they say nothing its heading and paragraphs do not
 * (only paragraphs, under a level-2 heading): structure is kept where there is some.
 */
export const withTypedBlocksOnly = (section: DocumentSection): DocumentSection => {
  if (section.blocks === undefined || section.blocks.some((block) => !isPlainBlock(block))) {
    return section;
  }
  const { blocks: _plain, ...rest } = section;
  return rest;
};

const isPlainBlock = (block: Block): boolean =>
  block.type === 'paragraph' || (block.type === 'heading' && block.level === PLAIN_HEADING_LEVEL);
