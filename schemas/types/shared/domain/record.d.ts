import * as z from 'zod/mini';
export * from './annotations.ts';
export * from './article-content.ts';
/**
 * The article record, schema version 1. Extend freely, never break: downstream
 * readers rely on these names (`status`, `publishedDate`, `language`, `title`,
 * `titleSource`, `sections[].heading`, `sections[].paragraphs`, `body`, `source.key`,
 * `reason`).
 */
export declare const SCHEMA_VERSION = 1;
/**
 * `container`: the file holds several articles (a feed, an archive, a JSON list); each has
 * a record of its own and the file's record lists them.
 */
export declare const RecordStatus: z.ZodMiniEnum<{
    container: "container";
    ingested: "ingested";
    rejected: "rejected";
    removed: "removed";
}>;
export type RecordStatus = z.infer<typeof RecordStatus>;
/** Why a file was rejected. Deterministic: re-sending the same bytes gives the same code. */
export declare const RejectReason: z.ZodMiniEnum<{
    binary: "binary";
    bomb: "bomb";
    empty: "empty";
    "extractor-failed": "extractor-failed";
    malformed: "malformed";
    "no-article": "no-article";
    "over-budget": "over-budget";
    "too-deep": "too-deep";
    "too-large": "too-large";
    "unsupported-format": "unsupported-format";
}>;
export type RejectReason = z.infer<typeof RejectReason>;
export declare const ArticleFormat: z.ZodMiniEnum<{
    atom: "atom";
    docx: "docx";
    html: "html";
    json: "json";
    markdown: "markdown";
    newsml: "newsml";
    nitf: "nitf";
    pdf: "pdf";
    rss: "rss";
    text: "text";
}>;
export type ArticleFormat = z.infer<typeof ArticleFormat>;
export declare const TitleSource: z.ZodMiniEnum<{
    derived: "derived";
    explicit: "explicit";
}>;
export declare const DateSource: z.ZodMiniEnum<{
    dateline: "dateline";
    "file-info": "file-info";
    "front-matter": "front-matter";
    header: "header";
    "json-ld": "json-ld";
    meta: "meta";
    text: "text";
    "time-element": "time-element";
    url: "url";
}>;
export type DateSource = z.infer<typeof DateSource>;
export declare const SourceFacts: z.ZodMiniObject<{
    bucket: z.ZodMiniString<string>;
    key: z.ZodMiniString<string>;
    versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
    size: z.ZodMiniOptional<z.ZodMiniInt>;
    contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sequencer: z.ZodMiniString<string>;
    item: z.ZodMiniOptional<z.ZodMiniObject<{
        key: z.ZodMiniString<string>;
        position: z.ZodMiniInt;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type SourceFacts = z.infer<typeof SourceFacts>;
/** Where an offloaded body lives when the record would not fit in one item. */
export declare const ContentRef: z.ZodMiniObject<{
    bucket: z.ZodMiniString<string>;
    key: z.ZodMiniString<string>;
}, z.core.$strip>;
export type ContentRef = z.infer<typeof ContentRef>;
export declare const IngestedRecord: z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"ingested">;
    format: z.ZodMiniEnum<{
        atom: "atom";
        docx: "docx";
        html: "html";
        json: "json";
        markdown: "markdown";
        newsml: "newsml";
        nitf: "nitf";
        pdf: "pdf";
        rss: "rss";
        text: "text";
    }>;
    title: z.ZodMiniString<string>;
    titleSource: z.ZodMiniEnum<{
        derived: "derived";
        explicit: "explicit";
    }>;
    subtitle: z.ZodMiniOptional<z.ZodMiniString<string>>;
    authors: z.ZodMiniArray<z.ZodMiniString<string>>;
    publisher: z.ZodMiniOptional<z.ZodMiniString<string>>;
    publishedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    publishedDate: z.ZodMiniOptional<z.ZodMiniString<string>>;
    publishedDateSource: z.ZodMiniOptional<z.ZodMiniEnum<{
        dateline: "dateline";
        "file-info": "file-info";
        "front-matter": "front-matter";
        header: "header";
        "json-ld": "json-ld";
        meta: "meta";
        text: "text";
        "time-element": "time-element";
        url: "url";
    }>>;
    modifiedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    dateline: z.ZodMiniOptional<z.ZodMiniString<string>>;
    url: z.ZodMiniOptional<z.ZodMiniString<string>>;
    language: z.ZodMiniOptional<z.ZodMiniString<string>>;
    lede: z.ZodMiniString<string>;
    summary: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sections: z.ZodMiniArray<z.ZodMiniObject<{
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
    }, z.core.$strip>>;
    body: z.ZodMiniString<string>;
    bodyMarkdown: z.ZodMiniOptional<z.ZodMiniString<string>>;
    contentRef: z.ZodMiniOptional<z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
    }, z.core.$strip>>;
    keywords: z.ZodMiniArray<z.ZodMiniString<string>>;
    wordCount: z.ZodMiniInt;
    paragraphCount: z.ZodMiniInt;
    readingTimeMinutes: z.ZodMiniInt;
    contentHash: z.ZodMiniString<string>;
    fingerprint: z.ZodMiniOptional<z.ZodMiniString<string>>;
    duplicateOf: z.ZodMiniOptional<z.ZodMiniString<string>>;
    nearDuplicateOf: z.ZodMiniOptional<z.ZodMiniObject<{
        articleId: z.ZodMiniString<string>;
        similarity: z.ZodMiniNumber<number>;
    }, z.core.$strip>>;
    entities: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        kind: z.ZodMiniEnum<{
            organisation: "organisation";
            person: "person";
            place: "place";
        }>;
        name: z.ZodMiniString<string>;
        aliases: z.ZodMiniArray<z.ZodMiniString<string>>;
        roles: z.ZodMiniArray<z.ZodMiniString<string>>;
        mentions: z.ZodMiniInt;
    }, z.core.$strip>>>;
    quotes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        text: z.ZodMiniString<string>;
        speaker: z.ZodMiniOptional<z.ZodMiniString<string>>;
        paragraph: z.ZodMiniInt;
    }, z.core.$strip>>>;
    sourcesCited: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    temporalRefs: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        text: z.ZodMiniString<string>;
        value: z.ZodMiniString<string>;
        granularity: z.ZodMiniEnum<{
            day: "day";
            month: "month";
            year: "year";
        }>;
    }, z.core.$strip>>>;
    annotatedChars: z.ZodMiniOptional<z.ZodMiniInt>;
    leadImage: z.ZodMiniOptional<z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
        credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>;
    images: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
        credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>>;
    siteName: z.ZodMiniOptional<z.ZodMiniString<string>>;
    section: z.ZodMiniOptional<z.ZodMiniString<string>>;
    categories: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    license: z.ZodMiniOptional<z.ZodMiniString<string>>;
    direction: z.ZodMiniOptional<z.ZodMiniEnum<{
        ltr: "ltr";
        rtl: "rtl";
    }>>;
    nextPageUrl: z.ZodMiniOptional<z.ZodMiniString<string>>;
    datePublishedRaw: z.ZodMiniOptional<z.ZodMiniString<string>>;
    isAccessibleForFree: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    paywallSelector: z.ZodMiniOptional<z.ZodMiniString<string>>;
    truncated: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
}, z.core.$strip>;
export type IngestedRecord = z.infer<typeof IngestedRecord>;
export declare const RejectedRecord: z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"rejected">;
    reason: z.ZodMiniEnum<{
        binary: "binary";
        bomb: "bomb";
        empty: "empty";
        "extractor-failed": "extractor-failed";
        malformed: "malformed";
        "no-article": "no-article";
        "over-budget": "over-budget";
        "too-deep": "too-deep";
        "too-large": "too-large";
        "unsupported-format": "unsupported-format";
    }>;
    reasonDetail: z.ZodMiniString<string>;
}, z.core.$strip>;
export type RejectedRecord = z.infer<typeof RejectedRecord>;
/** A tombstone: keeps the sequencer so a late create cannot resurrect the article. */
export declare const RemovedRecord: z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"removed">;
}, z.core.$strip>;
export type RemovedRecord = z.infer<typeof RemovedRecord>;
/** A file that holds several articles: the ids of their records, in file order. */
export declare const ContainerRecord: z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"container">;
    itemCount: z.ZodMiniInt;
    items: z.ZodMiniArray<z.ZodMiniString<string>>;
}, z.core.$strip>;
export type ContainerRecord = z.infer<typeof ContainerRecord>;
export declare const ArticleRecord: z.ZodMiniDiscriminatedUnion<[z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"ingested">;
    format: z.ZodMiniEnum<{
        atom: "atom";
        docx: "docx";
        html: "html";
        json: "json";
        markdown: "markdown";
        newsml: "newsml";
        nitf: "nitf";
        pdf: "pdf";
        rss: "rss";
        text: "text";
    }>;
    title: z.ZodMiniString<string>;
    titleSource: z.ZodMiniEnum<{
        derived: "derived";
        explicit: "explicit";
    }>;
    subtitle: z.ZodMiniOptional<z.ZodMiniString<string>>;
    authors: z.ZodMiniArray<z.ZodMiniString<string>>;
    publisher: z.ZodMiniOptional<z.ZodMiniString<string>>;
    publishedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    publishedDate: z.ZodMiniOptional<z.ZodMiniString<string>>;
    publishedDateSource: z.ZodMiniOptional<z.ZodMiniEnum<{
        dateline: "dateline";
        "file-info": "file-info";
        "front-matter": "front-matter";
        header: "header";
        "json-ld": "json-ld";
        meta: "meta";
        text: "text";
        "time-element": "time-element";
        url: "url";
    }>>;
    modifiedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    dateline: z.ZodMiniOptional<z.ZodMiniString<string>>;
    url: z.ZodMiniOptional<z.ZodMiniString<string>>;
    language: z.ZodMiniOptional<z.ZodMiniString<string>>;
    lede: z.ZodMiniString<string>;
    summary: z.ZodMiniOptional<z.ZodMiniString<string>>;
    sections: z.ZodMiniArray<z.ZodMiniObject<{
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
    }, z.core.$strip>>;
    body: z.ZodMiniString<string>;
    bodyMarkdown: z.ZodMiniOptional<z.ZodMiniString<string>>;
    contentRef: z.ZodMiniOptional<z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
    }, z.core.$strip>>;
    keywords: z.ZodMiniArray<z.ZodMiniString<string>>;
    wordCount: z.ZodMiniInt;
    paragraphCount: z.ZodMiniInt;
    readingTimeMinutes: z.ZodMiniInt;
    contentHash: z.ZodMiniString<string>;
    fingerprint: z.ZodMiniOptional<z.ZodMiniString<string>>;
    duplicateOf: z.ZodMiniOptional<z.ZodMiniString<string>>;
    nearDuplicateOf: z.ZodMiniOptional<z.ZodMiniObject<{
        articleId: z.ZodMiniString<string>;
        similarity: z.ZodMiniNumber<number>;
    }, z.core.$strip>>;
    entities: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        kind: z.ZodMiniEnum<{
            organisation: "organisation";
            person: "person";
            place: "place";
        }>;
        name: z.ZodMiniString<string>;
        aliases: z.ZodMiniArray<z.ZodMiniString<string>>;
        roles: z.ZodMiniArray<z.ZodMiniString<string>>;
        mentions: z.ZodMiniInt;
    }, z.core.$strip>>>;
    quotes: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        text: z.ZodMiniString<string>;
        speaker: z.ZodMiniOptional<z.ZodMiniString<string>>;
        paragraph: z.ZodMiniInt;
    }, z.core.$strip>>>;
    sourcesCited: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    temporalRefs: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        text: z.ZodMiniString<string>;
        value: z.ZodMiniString<string>;
        granularity: z.ZodMiniEnum<{
            day: "day";
            month: "month";
            year: "year";
        }>;
    }, z.core.$strip>>>;
    annotatedChars: z.ZodMiniOptional<z.ZodMiniInt>;
    leadImage: z.ZodMiniOptional<z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
        credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>;
    images: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniObject<{
        url: z.ZodMiniString<string>;
        caption: z.ZodMiniOptional<z.ZodMiniString<string>>;
        credit: z.ZodMiniOptional<z.ZodMiniString<string>>;
    }, z.core.$strip>>>;
    siteName: z.ZodMiniOptional<z.ZodMiniString<string>>;
    section: z.ZodMiniOptional<z.ZodMiniString<string>>;
    categories: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    tags: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    license: z.ZodMiniOptional<z.ZodMiniString<string>>;
    direction: z.ZodMiniOptional<z.ZodMiniEnum<{
        ltr: "ltr";
        rtl: "rtl";
    }>>;
    nextPageUrl: z.ZodMiniOptional<z.ZodMiniString<string>>;
    datePublishedRaw: z.ZodMiniOptional<z.ZodMiniString<string>>;
    isAccessibleForFree: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
    paywallSelector: z.ZodMiniOptional<z.ZodMiniString<string>>;
    truncated: z.ZodMiniOptional<z.ZodMiniBoolean<boolean>>;
}, z.core.$strip>, z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"rejected">;
    reason: z.ZodMiniEnum<{
        binary: "binary";
        bomb: "bomb";
        empty: "empty";
        "extractor-failed": "extractor-failed";
        malformed: "malformed";
        "no-article": "no-article";
        "over-budget": "over-budget";
        "too-deep": "too-deep";
        "too-large": "too-large";
        "unsupported-format": "unsupported-format";
    }>;
    reasonDetail: z.ZodMiniString<string>;
}, z.core.$strip>, z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"removed">;
}, z.core.$strip>, z.ZodMiniObject<{
    articleId: z.ZodMiniString<string>;
    source: z.ZodMiniObject<{
        bucket: z.ZodMiniString<string>;
        key: z.ZodMiniString<string>;
        versionId: z.ZodMiniOptional<z.ZodMiniString<string>>;
        eTag: z.ZodMiniOptional<z.ZodMiniString<string>>;
        size: z.ZodMiniOptional<z.ZodMiniInt>;
        contentType: z.ZodMiniOptional<z.ZodMiniString<string>>;
        sequencer: z.ZodMiniString<string>;
        item: z.ZodMiniOptional<z.ZodMiniObject<{
            key: z.ZodMiniString<string>;
            position: z.ZodMiniInt;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodMiniString<string>;
    schemaVersion: z.ZodMiniLiteral<1>;
    extractorVersion: z.ZodMiniString<string>;
    ingestedAt: z.ZodMiniString<string>;
    updatedAt: z.ZodMiniString<string>;
    firstIngestedAt: z.ZodMiniOptional<z.ZodMiniString<string>>;
    containerId: z.ZodMiniOptional<z.ZodMiniString<string>>;
    retiring: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
    status: z.ZodMiniLiteral<"container">;
    itemCount: z.ZodMiniInt;
    items: z.ZodMiniArray<z.ZodMiniString<string>>;
}, z.core.$strip>], "status">;
export type ArticleRecord = z.infer<typeof ArticleRecord>;
