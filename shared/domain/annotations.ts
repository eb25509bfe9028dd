import * as z from 'zod/mini';

/**
 * What the annotation passes find in a body: entities, quotes, temporal references
 * (schema v1 additions; optional on the record so older records still parse).
 */
export const EntityKind = z.enum(['person', 'place', 'organisation']);
export const Entity = z.object({
  kind: EntityKind,
  /** The fullest name the text uses (`Sergey Ryabkov`, not `Ryabkov`). */
  name: z.string(),
  /** Other ways the text refers to it (`Ryabkov`, `the Russian Deputy Foreign Minister`). */
  aliases: z.array(z.string()),
  /** Roles or titles the text gives a person (`Russian Deputy Foreign Minister`). */
  roles: z.array(z.string()),
  mentions: z.int().check(z.positive()),
});
export type Entity = z.infer<typeof Entity>;

export const Quote = z.object({
  text: z.string(),
  /** Canonical name of the speaker (an entity's `name`), when the text says who. */
  speaker: z.optional(z.string()),
  paragraph: z.int().check(z.nonnegative()),
});
export type Quote = z.infer<typeof Quote>;

export const TemporalRef = z.object({
  /** The phrase as written: `on Saturday`, `last month`, `mid-August`. */
  text: z.string(),
  /** Resolved against the publication date: `YYYY-MM-DD`, or `YYYY-MM` for a month. */
  value: z.string(),
  granularity: z.enum(['day', 'month', 'year']),
});
export type TemporalRef = z.infer<typeof TemporalRef>;
