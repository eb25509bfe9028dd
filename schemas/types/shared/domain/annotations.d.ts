import * as z from 'zod/mini';
/**
 * What the annotation passes find in a body: entities, quotes, temporal references
 * (schema v1 additions; optional on the record so older records still parse).
 */
export declare const EntityKind: z.ZodMiniEnum<{
    organisation: "organisation";
    person: "person";
    place: "place";
}>;
export declare const Entity: z.ZodMiniObject<{
    kind: z.ZodMiniEnum<{
        organisation: "organisation";
        person: "person";
        place: "place";
    }>;
    name: z.ZodMiniString<string>;
    aliases: z.ZodMiniArray<z.ZodMiniString<string>>;
    roles: z.ZodMiniArray<z.ZodMiniString<string>>;
    mentions: z.ZodMiniInt;
}, z.core.$strip>;
export type Entity = z.infer<typeof Entity>;
export declare const Quote: z.ZodMiniObject<{
    text: z.ZodMiniString<string>;
    speaker: z.ZodMiniOptional<z.ZodMiniString<string>>;
    paragraph: z.ZodMiniInt;
}, z.core.$strip>;
export type Quote = z.infer<typeof Quote>;
export declare const TemporalRef: z.ZodMiniObject<{
    text: z.ZodMiniString<string>;
    value: z.ZodMiniString<string>;
    granularity: z.ZodMiniEnum<{
        day: "day";
        month: "month";
        year: "year";
    }>;
}, z.core.$strip>;
export type TemporalRef = z.infer<typeof TemporalRef>;
