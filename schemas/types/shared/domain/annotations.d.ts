import * as z from 'zod';
/**
 * What the annotation passes find in a body: entities, quotes, temporal references
 * (schema v1 additions; optional on the record so older records still parse).
 */
export declare const EntityKind: z.ZodEnum<{
    organisation: "organisation";
    person: "person";
    place: "place";
}>;
export declare const Entity: z.ZodObject<{
    kind: z.ZodEnum<{
        organisation: "organisation";
        person: "person";
        place: "place";
    }>;
    name: z.ZodString;
    aliases: z.ZodArray<z.ZodString>;
    roles: z.ZodArray<z.ZodString>;
    mentions: z.ZodNumber;
}, z.core.$strip>;
export type Entity = z.infer<typeof Entity>;
export declare const Quote: z.ZodObject<{
    text: z.ZodString;
    speaker: z.ZodOptional<z.ZodString>;
    paragraph: z.ZodNumber;
}, z.core.$strip>;
export type Quote = z.infer<typeof Quote>;
export declare const TemporalRef: z.ZodObject<{
    text: z.ZodString;
    value: z.ZodString;
    granularity: z.ZodEnum<{
        day: "day";
        month: "month";
        year: "year";
    }>;
}, z.core.$strip>;
export type TemporalRef = z.infer<typeof TemporalRef>;
