import * as z from 'zod';
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
export declare const RecordStatus: z.ZodEnum<{
    container: "container";
    ingested: "ingested";
    rejected: "rejected";
    removed: "removed";
}>;
export type RecordStatus = z.infer<typeof RecordStatus>;
/** Why a file was rejected. Deterministic: re-sending the same bytes gives the same code. */
export declare const RejectReason: z.ZodEnum<{
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
export declare const ArticleFormat: z.ZodEnum<{
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
export declare const TitleSource: z.ZodEnum<{
    derived: "derived";
    explicit: "explicit";
}>;
export declare const DateSource: z.ZodEnum<{
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
export declare const SourceFacts: z.ZodObject<{
    bucket: z.ZodString;
    key: z.ZodString;
    versionId: z.ZodOptional<z.ZodString>;
    eTag: z.ZodOptional<z.ZodString>;
    size: z.ZodOptional<z.ZodNumber>;
    contentType: z.ZodOptional<z.ZodString>;
    sequencer: z.ZodString;
    item: z.ZodOptional<z.ZodObject<{
        key: z.ZodString;
        position: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type SourceFacts = z.infer<typeof SourceFacts>;
/** Where an offloaded body lives when the record would not fit in one item. */
export declare const ContentRef: z.ZodObject<{
    bucket: z.ZodString;
    key: z.ZodString;
}, z.core.$strip>;
export type ContentRef = z.infer<typeof ContentRef>;
export declare const IngestedRecord: z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"ingested">;
    format: z.ZodEnum<{
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
    title: z.ZodString;
    titleSource: z.ZodEnum<{
        derived: "derived";
        explicit: "explicit";
    }>;
    subtitle: z.ZodOptional<z.ZodString>;
    authors: z.ZodArray<z.ZodString>;
    publisher: z.ZodOptional<z.ZodString>;
    publishedAt: z.ZodOptional<z.ZodString>;
    publishedDate: z.ZodOptional<z.ZodString>;
    publishedDateSource: z.ZodOptional<z.ZodEnum<{
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
    modifiedAt: z.ZodOptional<z.ZodString>;
    dateline: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    language: z.ZodOptional<z.ZodString>;
    lede: z.ZodString;
    summary: z.ZodOptional<z.ZodString>;
    sections: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strip>>;
    body: z.ZodString;
    bodyMarkdown: z.ZodOptional<z.ZodString>;
    contentRef: z.ZodOptional<z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
    }, z.core.$strip>>;
    keywords: z.ZodArray<z.ZodString>;
    wordCount: z.ZodNumber;
    paragraphCount: z.ZodNumber;
    readingTimeMinutes: z.ZodNumber;
    contentHash: z.ZodString;
    fingerprint: z.ZodOptional<z.ZodString>;
    duplicateOf: z.ZodOptional<z.ZodString>;
    nearDuplicateOf: z.ZodOptional<z.ZodObject<{
        articleId: z.ZodString;
        similarity: z.ZodNumber;
    }, z.core.$strip>>;
    entities: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            organisation: "organisation";
            person: "person";
            place: "place";
        }>;
        name: z.ZodString;
        aliases: z.ZodArray<z.ZodString>;
        roles: z.ZodArray<z.ZodString>;
        mentions: z.ZodNumber;
    }, z.core.$strip>>>;
    quotes: z.ZodOptional<z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        speaker: z.ZodOptional<z.ZodString>;
        paragraph: z.ZodNumber;
    }, z.core.$strip>>>;
    sourcesCited: z.ZodOptional<z.ZodArray<z.ZodString>>;
    temporalRefs: z.ZodOptional<z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        value: z.ZodString;
        granularity: z.ZodEnum<{
            day: "day";
            month: "month";
            year: "year";
        }>;
    }, z.core.$strip>>>;
    annotatedChars: z.ZodOptional<z.ZodNumber>;
    leadImage: z.ZodOptional<z.ZodObject<{
        url: z.ZodString;
        caption: z.ZodOptional<z.ZodString>;
        credit: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    images: z.ZodOptional<z.ZodArray<z.ZodObject<{
        url: z.ZodString;
        caption: z.ZodOptional<z.ZodString>;
        credit: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    siteName: z.ZodOptional<z.ZodString>;
    section: z.ZodOptional<z.ZodString>;
    categories: z.ZodOptional<z.ZodArray<z.ZodString>>;
    tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    license: z.ZodOptional<z.ZodString>;
    direction: z.ZodOptional<z.ZodEnum<{
        ltr: "ltr";
        rtl: "rtl";
    }>>;
    nextPageUrl: z.ZodOptional<z.ZodString>;
    datePublishedRaw: z.ZodOptional<z.ZodString>;
    isAccessibleForFree: z.ZodOptional<z.ZodBoolean>;
    paywallSelector: z.ZodOptional<z.ZodString>;
    truncated: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>;
export type IngestedRecord = z.infer<typeof IngestedRecord>;
export declare const RejectedRecord: z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"rejected">;
    reason: z.ZodEnum<{
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
    reasonDetail: z.ZodString;
}, z.core.$strip>;
export type RejectedRecord = z.infer<typeof RejectedRecord>;
/** A tombstone: keeps the sequencer so a late create cannot resurrect the article. */
export declare const RemovedRecord: z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"removed">;
}, z.core.$strip>;
export type RemovedRecord = z.infer<typeof RemovedRecord>;
/** A file that holds several articles: the ids of their records, in file order. */
export declare const ContainerRecord: z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"container">;
    itemCount: z.ZodNumber;
    items: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type ContainerRecord = z.infer<typeof ContainerRecord>;
export declare const ArticleRecord: z.ZodDiscriminatedUnion<[z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"ingested">;
    format: z.ZodEnum<{
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
    title: z.ZodString;
    titleSource: z.ZodEnum<{
        derived: "derived";
        explicit: "explicit";
    }>;
    subtitle: z.ZodOptional<z.ZodString>;
    authors: z.ZodArray<z.ZodString>;
    publisher: z.ZodOptional<z.ZodString>;
    publishedAt: z.ZodOptional<z.ZodString>;
    publishedDate: z.ZodOptional<z.ZodString>;
    publishedDateSource: z.ZodOptional<z.ZodEnum<{
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
    modifiedAt: z.ZodOptional<z.ZodString>;
    dateline: z.ZodOptional<z.ZodString>;
    url: z.ZodOptional<z.ZodString>;
    language: z.ZodOptional<z.ZodString>;
    lede: z.ZodString;
    summary: z.ZodOptional<z.ZodString>;
    sections: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strip>>;
    body: z.ZodString;
    bodyMarkdown: z.ZodOptional<z.ZodString>;
    contentRef: z.ZodOptional<z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
    }, z.core.$strip>>;
    keywords: z.ZodArray<z.ZodString>;
    wordCount: z.ZodNumber;
    paragraphCount: z.ZodNumber;
    readingTimeMinutes: z.ZodNumber;
    contentHash: z.ZodString;
    fingerprint: z.ZodOptional<z.ZodString>;
    duplicateOf: z.ZodOptional<z.ZodString>;
    nearDuplicateOf: z.ZodOptional<z.ZodObject<{
        articleId: z.ZodString;
        similarity: z.ZodNumber;
    }, z.core.$strip>>;
    entities: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            organisation: "organisation";
            person: "person";
            place: "place";
        }>;
        name: z.ZodString;
        aliases: z.ZodArray<z.ZodString>;
        roles: z.ZodArray<z.ZodString>;
        mentions: z.ZodNumber;
    }, z.core.$strip>>>;
    quotes: z.ZodOptional<z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        speaker: z.ZodOptional<z.ZodString>;
        paragraph: z.ZodNumber;
    }, z.core.$strip>>>;
    sourcesCited: z.ZodOptional<z.ZodArray<z.ZodString>>;
    temporalRefs: z.ZodOptional<z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        value: z.ZodString;
        granularity: z.ZodEnum<{
            day: "day";
            month: "month";
            year: "year";
        }>;
    }, z.core.$strip>>>;
    annotatedChars: z.ZodOptional<z.ZodNumber>;
    leadImage: z.ZodOptional<z.ZodObject<{
        url: z.ZodString;
        caption: z.ZodOptional<z.ZodString>;
        credit: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    images: z.ZodOptional<z.ZodArray<z.ZodObject<{
        url: z.ZodString;
        caption: z.ZodOptional<z.ZodString>;
        credit: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    siteName: z.ZodOptional<z.ZodString>;
    section: z.ZodOptional<z.ZodString>;
    categories: z.ZodOptional<z.ZodArray<z.ZodString>>;
    tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    license: z.ZodOptional<z.ZodString>;
    direction: z.ZodOptional<z.ZodEnum<{
        ltr: "ltr";
        rtl: "rtl";
    }>>;
    nextPageUrl: z.ZodOptional<z.ZodString>;
    datePublishedRaw: z.ZodOptional<z.ZodString>;
    isAccessibleForFree: z.ZodOptional<z.ZodBoolean>;
    paywallSelector: z.ZodOptional<z.ZodString>;
    truncated: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strip>, z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"rejected">;
    reason: z.ZodEnum<{
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
    reasonDetail: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"removed">;
}, z.core.$strip>, z.ZodObject<{
    articleId: z.ZodString;
    source: z.ZodObject<{
        bucket: z.ZodString;
        key: z.ZodString;
        versionId: z.ZodOptional<z.ZodString>;
        eTag: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
        contentType: z.ZodOptional<z.ZodString>;
        sequencer: z.ZodString;
        item: z.ZodOptional<z.ZodObject<{
            key: z.ZodString;
            position: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    sequencerKey: z.ZodString;
    schemaVersion: z.ZodLiteral<1>;
    extractorVersion: z.ZodString;
    ingestedAt: z.ZodString;
    updatedAt: z.ZodString;
    firstIngestedAt: z.ZodOptional<z.ZodString>;
    containerId: z.ZodOptional<z.ZodString>;
    retiring: z.ZodOptional<z.ZodArray<z.ZodString>>;
    status: z.ZodLiteral<"container">;
    itemCount: z.ZodNumber;
    items: z.ZodArray<z.ZodString>;
}, z.core.$strip>], "status">;
export type ArticleRecord = z.infer<typeof ArticleRecord>;
