import * as z from 'zod/mini';
/** The record's structured content: a section's typed blocks and the pictures a page shows. */
/**
 * One typed block of a section, in reading order (schema v1 addition). Text is plain
 * text, never markup; `bodyMarkdown` is rendered from these.
 */
export declare const Block: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"paragraph">;
    text: z.ZodMiniString<string>;
}, z.core.$strip>, z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"heading">;
    level: z.ZodMiniInt;
    text: z.ZodMiniString<string>;
}, z.core.$strip>, z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"list">;
    ordered: z.ZodMiniBoolean<boolean>;
    items: z.ZodMiniArray<z.ZodMiniString<string>>;
}, z.core.$strip>, z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"table">;
    rows: z.ZodMiniArray<z.ZodMiniArray<z.ZodMiniString<string>>>;
    header: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strip>, z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"quote">;
    text: z.ZodMiniString<string>;
    source: z.ZodMiniOptional<z.ZodMiniLiteral<"embed">>;
    cite: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strip>, z.ZodMiniObject<{
    type: z.ZodMiniLiteral<"figure">;
    caption: z.ZodMiniString<string>;
    credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strip>], "type">;
export type Block = z.infer<typeof Block>;
export declare const Section: z.ZodMiniObject<{
    heading: z.ZodMiniNullable<z.ZodMiniString<string>>;
    paragraphs: z.ZodMiniArray<z.ZodMiniString<string>>;
    blocks: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"paragraph">;
        text: z.ZodMiniString<string>;
    }, z.core.$strip>, z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"heading">;
        level: z.ZodMiniInt;
        text: z.ZodMiniString<string>;
    }, z.core.$strip>, z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"list">;
        ordered: z.ZodMiniBoolean<boolean>;
        items: z.ZodMiniArray<z.ZodMiniString<string>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"table">;
        rows: z.ZodMiniArray<z.ZodMiniArray<z.ZodMiniString<string>>>;
        header: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
        caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"quote">;
        text: z.ZodMiniString<string>;
        source: z.ZodMiniOptional<z.ZodMiniLiteral<"embed">>;
        cite: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>, z.ZodMiniObject<{
        type: z.ZodMiniLiteral<"figure">;
        caption: z.ZodMiniString<string>;
        credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>], "type">>>;
}, z.core.$strip>;
export type Section = z.infer<typeof Section>;
/** A picture the page shows: its absolute http(s) address, caption and credit when stated. */
export declare const PageImage: z.ZodMiniObject<{
    url: z.ZodMiniString<string>;
    caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
    credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
}, z.core.$strip>;
export type PageImage = z.infer<typeof PageImage>;
