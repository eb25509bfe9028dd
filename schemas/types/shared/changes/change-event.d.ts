import * as z from 'zod';
/**
 * The change events the pipeline publishes on its bus, one per real change of an
 * article record (docs/CONSUMERS.md). Version 1 of each detail only grows: a new field
 * is optional; a breaking change is a new detail-type (`ArticleIngested.v2`) published
 * beside the old one until its consumers have moved.
 */
export declare const CHANGE_EVENT_VERSION: 1;
/** The `source` of every event the pipeline puts on its bus. */
export declare const CHANGE_EVENT_SOURCE = "article-ingest";
export declare const ChangeDetailType: z.ZodEnum<{
    ArticleIngested: "ArticleIngested";
    ArticleRejected: "ArticleRejected";
    ArticleRemoved: "ArticleRemoved";
    ArticleUpdated: "ArticleUpdated";
}>;
export type ChangeDetailType = z.infer<typeof ChangeDetailType>;
/** Where the full record is: a GetItem on `tableName` with `{ articleId }`. */
export declare const RecordPointer: z.ZodObject<{
    tableName: z.ZodString;
    articleId: z.ZodString;
}, z.core.$strip>;
export type RecordPointer = z.infer<typeof RecordPointer>;
export declare const ArticleIngestedDetail: z.ZodObject<{
    version: z.ZodLiteral<1>;
    articleId: z.ZodString;
    key: z.ZodString;
    bucket: z.ZodString;
    itemKey: z.ZodOptional<z.ZodString>;
    sequencerKey: z.ZodString;
    changeId: z.ZodString;
    changedAt: z.ZodString;
    record: z.ZodObject<{
        tableName: z.ZodString;
        articleId: z.ZodString;
    }, z.core.$strip>;
    format: import("zod/mini").ZodMiniEnum<{
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
    language: z.ZodOptional<z.ZodString>;
    publisher: z.ZodOptional<z.ZodString>;
    publishedDate: z.ZodOptional<z.ZodString>;
    contentHash: z.ZodString;
    status: z.ZodLiteral<"ingested">;
}, z.core.$strip>;
export type ArticleIngestedDetail = z.infer<typeof ArticleIngestedDetail>;
export declare const ArticleUpdatedDetail: z.ZodObject<{
    version: z.ZodLiteral<1>;
    articleId: z.ZodString;
    key: z.ZodString;
    bucket: z.ZodString;
    itemKey: z.ZodOptional<z.ZodString>;
    sequencerKey: z.ZodString;
    changeId: z.ZodString;
    changedAt: z.ZodString;
    record: z.ZodObject<{
        tableName: z.ZodString;
        articleId: z.ZodString;
    }, z.core.$strip>;
    format: import("zod/mini").ZodMiniEnum<{
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
    language: z.ZodOptional<z.ZodString>;
    publisher: z.ZodOptional<z.ZodString>;
    publishedDate: z.ZodOptional<z.ZodString>;
    contentHash: z.ZodString;
    status: z.ZodLiteral<"ingested">;
    changedFields: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type ArticleUpdatedDetail = z.infer<typeof ArticleUpdatedDetail>;
export declare const ArticleRemovedDetail: z.ZodObject<{
    version: z.ZodLiteral<1>;
    articleId: z.ZodString;
    key: z.ZodString;
    bucket: z.ZodString;
    itemKey: z.ZodOptional<z.ZodString>;
    sequencerKey: z.ZodString;
    changeId: z.ZodString;
    changedAt: z.ZodString;
    record: z.ZodObject<{
        tableName: z.ZodString;
        articleId: z.ZodString;
    }, z.core.$strip>;
    format: z.ZodOptional<import("zod/mini").ZodMiniEnum<{
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
    }>>;
    language: z.ZodOptional<z.ZodOptional<z.ZodString>>;
    publisher: z.ZodOptional<z.ZodOptional<z.ZodString>>;
    publishedDate: z.ZodOptional<z.ZodOptional<z.ZodString>>;
    contentHash: z.ZodOptional<z.ZodString>;
    status: z.ZodLiteral<"removed">;
}, z.core.$strip>;
export type ArticleRemovedDetail = z.infer<typeof ArticleRemovedDetail>;
export declare const ArticleRejectedDetail: z.ZodObject<{
    version: z.ZodLiteral<1>;
    articleId: z.ZodString;
    key: z.ZodString;
    bucket: z.ZodString;
    itemKey: z.ZodOptional<z.ZodString>;
    sequencerKey: z.ZodString;
    changeId: z.ZodString;
    changedAt: z.ZodString;
    record: z.ZodObject<{
        tableName: z.ZodString;
        articleId: z.ZodString;
    }, z.core.$strip>;
    status: z.ZodLiteral<"rejected">;
    reason: import("zod/mini").ZodMiniEnum<{
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
}, z.core.$strip>;
export type ArticleRejectedDetail = z.infer<typeof ArticleRejectedDetail>;
/** The detail schema of each detail-type. */
export declare const CHANGE_DETAILS: {
    readonly ArticleIngested: z.ZodObject<{
        version: z.ZodLiteral<1>;
        articleId: z.ZodString;
        key: z.ZodString;
        bucket: z.ZodString;
        itemKey: z.ZodOptional<z.ZodString>;
        sequencerKey: z.ZodString;
        changeId: z.ZodString;
        changedAt: z.ZodString;
        record: z.ZodObject<{
            tableName: z.ZodString;
            articleId: z.ZodString;
        }, z.core.$strip>;
        format: import("zod/mini").ZodMiniEnum<{
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
        language: z.ZodOptional<z.ZodString>;
        publisher: z.ZodOptional<z.ZodString>;
        publishedDate: z.ZodOptional<z.ZodString>;
        contentHash: z.ZodString;
        status: z.ZodLiteral<"ingested">;
    }, z.core.$strip>;
    readonly ArticleUpdated: z.ZodObject<{
        version: z.ZodLiteral<1>;
        articleId: z.ZodString;
        key: z.ZodString;
        bucket: z.ZodString;
        itemKey: z.ZodOptional<z.ZodString>;
        sequencerKey: z.ZodString;
        changeId: z.ZodString;
        changedAt: z.ZodString;
        record: z.ZodObject<{
            tableName: z.ZodString;
            articleId: z.ZodString;
        }, z.core.$strip>;
        format: import("zod/mini").ZodMiniEnum<{
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
        language: z.ZodOptional<z.ZodString>;
        publisher: z.ZodOptional<z.ZodString>;
        publishedDate: z.ZodOptional<z.ZodString>;
        contentHash: z.ZodString;
        status: z.ZodLiteral<"ingested">;
        changedFields: z.ZodArray<z.ZodString>;
    }, z.core.$strip>;
    readonly ArticleRemoved: z.ZodObject<{
        version: z.ZodLiteral<1>;
        articleId: z.ZodString;
        key: z.ZodString;
        bucket: z.ZodString;
        itemKey: z.ZodOptional<z.ZodString>;
        sequencerKey: z.ZodString;
        changeId: z.ZodString;
        changedAt: z.ZodString;
        record: z.ZodObject<{
            tableName: z.ZodString;
            articleId: z.ZodString;
        }, z.core.$strip>;
        format: z.ZodOptional<import("zod/mini").ZodMiniEnum<{
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
        }>>;
        language: z.ZodOptional<z.ZodOptional<z.ZodString>>;
        publisher: z.ZodOptional<z.ZodOptional<z.ZodString>>;
        publishedDate: z.ZodOptional<z.ZodOptional<z.ZodString>>;
        contentHash: z.ZodOptional<z.ZodString>;
        status: z.ZodLiteral<"removed">;
    }, z.core.$strip>;
    readonly ArticleRejected: z.ZodObject<{
        version: z.ZodLiteral<1>;
        articleId: z.ZodString;
        key: z.ZodString;
        bucket: z.ZodString;
        itemKey: z.ZodOptional<z.ZodString>;
        sequencerKey: z.ZodString;
        changeId: z.ZodString;
        changedAt: z.ZodString;
        record: z.ZodObject<{
            tableName: z.ZodString;
            articleId: z.ZodString;
        }, z.core.$strip>;
        status: z.ZodLiteral<"rejected">;
        reason: import("zod/mini").ZodMiniEnum<{
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
    }, z.core.$strip>;
};
/** One change, before it is put on a bus: the detail-type and its detail. */
export type ChangeEvent = {
    detailType: 'ArticleIngested';
    detail: ArticleIngestedDetail;
} | {
    detailType: 'ArticleUpdated';
    detail: ArticleUpdatedDetail;
} | {
    detailType: 'ArticleRemoved';
    detail: ArticleRemovedDetail;
} | {
    detailType: 'ArticleRejected';
    detail: ArticleRejectedDetail;
};
/**
 * An event as a bus delivers it to a rule's target (the EventBridge envelope); the
 * envelope's other fields (`id`, `time`, `account`, `region`, `resources`) pass through.
 */
export declare const changeEnvelopeSchema: <T extends ChangeDetailType>(detailType: T) => z.ZodObject<{
    source: z.ZodLiteral<"article-ingest">;
    'detail-type': z.ZodLiteral<T>;
    detail: {
        readonly ArticleIngested: z.ZodObject<{
            version: z.ZodLiteral<1>;
            articleId: z.ZodString;
            key: z.ZodString;
            bucket: z.ZodString;
            itemKey: z.ZodOptional<z.ZodString>;
            sequencerKey: z.ZodString;
            changeId: z.ZodString;
            changedAt: z.ZodString;
            record: z.ZodObject<{
                tableName: z.ZodString;
                articleId: z.ZodString;
            }, z.core.$strip>;
            format: import("zod/mini").ZodMiniEnum<{
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
            language: z.ZodOptional<z.ZodString>;
            publisher: z.ZodOptional<z.ZodString>;
            publishedDate: z.ZodOptional<z.ZodString>;
            contentHash: z.ZodString;
            status: z.ZodLiteral<"ingested">;
        }, z.core.$strip>;
        readonly ArticleUpdated: z.ZodObject<{
            version: z.ZodLiteral<1>;
            articleId: z.ZodString;
            key: z.ZodString;
            bucket: z.ZodString;
            itemKey: z.ZodOptional<z.ZodString>;
            sequencerKey: z.ZodString;
            changeId: z.ZodString;
            changedAt: z.ZodString;
            record: z.ZodObject<{
                tableName: z.ZodString;
                articleId: z.ZodString;
            }, z.core.$strip>;
            format: import("zod/mini").ZodMiniEnum<{
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
            language: z.ZodOptional<z.ZodString>;
            publisher: z.ZodOptional<z.ZodString>;
            publishedDate: z.ZodOptional<z.ZodString>;
            contentHash: z.ZodString;
            status: z.ZodLiteral<"ingested">;
            changedFields: z.ZodArray<z.ZodString>;
        }, z.core.$strip>;
        readonly ArticleRemoved: z.ZodObject<{
            version: z.ZodLiteral<1>;
            articleId: z.ZodString;
            key: z.ZodString;
            bucket: z.ZodString;
            itemKey: z.ZodOptional<z.ZodString>;
            sequencerKey: z.ZodString;
            changeId: z.ZodString;
            changedAt: z.ZodString;
            record: z.ZodObject<{
                tableName: z.ZodString;
                articleId: z.ZodString;
            }, z.core.$strip>;
            format: z.ZodOptional<import("zod/mini").ZodMiniEnum<{
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
            }>>;
            language: z.ZodOptional<z.ZodOptional<z.ZodString>>;
            publisher: z.ZodOptional<z.ZodOptional<z.ZodString>>;
            publishedDate: z.ZodOptional<z.ZodOptional<z.ZodString>>;
            contentHash: z.ZodOptional<z.ZodString>;
            status: z.ZodLiteral<"removed">;
        }, z.core.$strip>;
        readonly ArticleRejected: z.ZodObject<{
            version: z.ZodLiteral<1>;
            articleId: z.ZodString;
            key: z.ZodString;
            bucket: z.ZodString;
            itemKey: z.ZodOptional<z.ZodString>;
            sequencerKey: z.ZodString;
            changeId: z.ZodString;
            changedAt: z.ZodString;
            record: z.ZodObject<{
                tableName: z.ZodString;
                articleId: z.ZodString;
            }, z.core.$strip>;
            status: z.ZodLiteral<"rejected">;
            reason: import("zod/mini").ZodMiniEnum<{
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
        }, z.core.$strip>;
    }[T];
}, z.core.$loose>;
