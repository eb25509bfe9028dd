import * as z from 'zod/mini';

/** The record's structured content: a section's typed blocks and the pictures a page shows. */

/**
 * One typed block of a section, in reading order (schema v1 addition). Text is plain
 * text, never markup; `bodyMarkdown` is rendered from these.
 */
export const Block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  /** The section's sub-heading (`<h2>`-`<h6>`, `##`, a `Heading2` style); first in its section. */
  z.object({
    type: z.literal('heading'),
    level: z.int().check(z.gte(1), z.lte(6)),
    text: z.string(),
  }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
  /**
   * A data table's rows of cells; `header`: the first row names the columns; `caption`:
   * the title the file gives the table (HTML's `<caption>`, a Word `Caption` paragraph),
   * also the first of the paragraphs the table adds to its section.
   */
  z.object({
    type: z.literal('table'),
    rows: z.array(z.array(z.string())),
    header: z.optional(z.boolean()),
    caption: z.optional(z.string()),
  }),
  /**
   * A block quote; `source: 'embed'` for an embedded social post (a tweet, an Instagram
   * post) kept with its text; `cite`: the http(s) address it quotes, when stated.
   */
  z.object({
    type: z.literal('quote'),
    text: z.string(),
    source: z.optional(z.literal('embed')),
    cite: z.optional(z.string()),
  }),
  /** A figure's caption (and photo credit): not story text, so not in `paragraphs`. */
  z.object({ type: z.literal('figure'), caption: z.string(), credit: z.optional(z.string()) }),
]);
export type Block = z.infer<typeof Block>;

export const Section = z.object({
  heading: z.nullable(z.string()),
  /** The section's story text: every list item, table row and quoted paragraph is one. */
  paragraphs: z.array(z.string()),
  /** The same section typed (its heading first), when the format states structure. */
  blocks: z.optional(z.array(Block)),
});
export type Section = z.infer<typeof Section>;

/** A picture the page shows: its absolute http(s) address, caption and credit when stated. */
export const PageImage = z.object({
  url: z.string(),
  caption: z.optional(z.string()),
  credit: z.optional(z.string()),
});
export type PageImage = z.infer<typeof PageImage>;
