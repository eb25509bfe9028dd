import * as z from 'zod';
/** The record's structured content: a section's typed blocks and the pictures a page shows. */
/**
 * One typed block of a section, in reading order (schema v1 addition). Text is plain
 * text, never markup; `bodyMarkdown` is rendered from these.
 */
export declare const Block: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"paragraph">;
    text: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"heading">;
    level: z.ZodNumber;
    text: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"list">;
    ordered: z.ZodBoolean;
    items: z.ZodArray<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"table">;
    rows: z.ZodArray<z.ZodArray<z.ZodString>>;
    header: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"quote">;
    text: z.ZodString;
    source: z.ZodOptional<z.ZodLiteral<"embed">>;
    cite: z.ZodOptional<z.ZodString>;
}, z.core.$strip>, z.ZodObject<{
    type: z.ZodLiteral<"figure">;
    caption: z.ZodString;
    credit: z.ZodOptional<z.ZodString>;
}, z.core.$strip>], "type">;
export type Block = z.infer<typeof Block>;
export declare const Section: z.ZodObject<{
    heading: z.ZodNullable<z.ZodString>;
    paragraphs: z.ZodArray<z.ZodString>;
    blocks: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"paragraph">;
        text: z.ZodString;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"heading">;
        level: z.ZodNumber;
        text: z.ZodString;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"list">;
        ordered: z.ZodBoolean;
        items: z.ZodArray<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"table">;
        rows: z.ZodArray<z.ZodArray<z.ZodString>>;
        header: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"quote">;
        text: z.ZodString;
        source: z.ZodOptional<z.ZodLiteral<"embed">>;
        cite: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        type: z.ZodLiteral<"figure">;
        caption: z.ZodString;
        credit: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>], "type">>>;
}, z.core.$strip>;
export type Section = z.infer<typeof Section>;
/** A picture the page shows: its absolute http(s) address, caption and credit when stated. */
export declare const PageImage: z.ZodObject<{
    url: z.ZodString;
    caption: z.ZodOptional<z.ZodString>;
    credit: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type PageImage = z.infer<typeof PageImage>;
