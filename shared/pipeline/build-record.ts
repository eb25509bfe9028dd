import { DEFAULT_LIMITS, type Limits } from '../domain/limits.ts';
import type {
  ContainerRecord,
  IngestedRecord,
  RejectedRecord,
  RejectReason,
  SourceFacts,
} from '../domain/record.ts';
import { BudgetExceededError, budgetFor, type Clock, withinBudget } from '../domain/work-budget.ts';
import { type ReadOne, readDocument } from '../formats/read-document.ts';
import { rejectionOfParseError } from '../formats/read-result.ts';
import { assembleArticle } from './assemble-article.ts';
import { lifecycleFields, rejectedRecord } from './record-base.ts';

/** The record of one article: built, or why the bytes hold none. */
export type ArticleOutcome = IngestedRecord | RejectedRecord;

/**
 * What one object's bytes become: one article's record, or, for a file that holds several
 * (a feed, an archive, a JSON list), the file's `container` record and one record per item.
 */
export type BuiltObject =
  | { kind: 'article'; record: ArticleOutcome }
  | { kind: 'container'; record: ContainerRecord; items: ArticleOutcome[] };

export interface BuildInput {
  bytes: Uint8Array;
  source: SourceFacts;
  now: Date;
  /** The limits the file is read under (the defaults unless the stack sets others). */
  limits?: Limits;
  /** A wall clock for the file's time budget (`maxFileMs`); without one, only work units count. */
  clock?: Clock;
}

/**
 * The pure pipeline: one object's bytes -> its records. Files that are not articles
 * (empty, binary, unsupported, no text, past a limit) come back as `rejected` records;
 * nothing any reader throws leaves this function.
 */
export const buildObject = ({
  bytes,
  source,
  now,
  limits = DEFAULT_LIMITS,
  clock,
}: BuildInput): BuiltObject =>
  buildGuarded({ bytes, source, now, limits, clock }, () => readAndAssemble(bytes, source, now));

/**
 * Runs `build` within the file's limits and work budget, and turns whatever it throws
 * into the file's rejected record with a stable reason: the same bytes fail the same way
 * on every retry, so a throw must not be retried or end a batch. Exported as the seam
 * through which a failing build can be tested.
 */
export const buildGuarded = (
  { bytes, source, now, limits, clock }: Required<Omit<BuildInput, 'clock'>> & { clock?: Clock },
  build: () => BuiltObject,
): BuiltObject => {
  try {
    return withinBudget(limits, budgetFor(bytes.length, limits, clock), build);
  } catch (error) {
    const { reason, detail } = rejectionOfError(error);
    return { kind: 'article', record: rejectedRecord(source, reason, detail, now) };
  }
};

/** Longest error message kept in a detail: enough to find the bug, short enough to log. */
const MAX_MESSAGE_CHARS = 200;
/** Line breaks and other control characters: a detail is one line, safe to log. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL_RUNS = /\s*[\u0000-\u001f\u007f-\u009f]+\s*/g;

const rejectionOfError = (error: unknown): { reason: RejectReason; detail: string } => {
  // Parse errors (`MalformedInputError` -> malformed, its `TooDeepError` -> too-deep and
  // `TooLargeInputError` -> too-large) are the input's own structure.
  const parse = rejectionOfParseError(error);
  if (parse) return parse;
  if (error instanceof BudgetExceededError) return { reason: 'over-budget', detail: error.message };
  return { reason: 'extractor-failed', detail: failureDetail(error) };
};

/** One sentence naming the error, for a bug report: `The extractor failed (RangeError: ...).` */
const failureDetail = (error: unknown): string => {
  const named = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const oneLine = named.replace(CONTROL_RUNS, ' ').trim();
  const short =
    oneLine.length > MAX_MESSAGE_CHARS ? `${oneLine.slice(0, MAX_MESSAGE_CHARS)}...` : oneLine;
  return `The extractor failed on this file (${short}).`;
};

const readAndAssemble = (bytes: Uint8Array, source: SourceFacts, now: Date): BuiltObject => {
  const read = readDocument(bytes, { key: source.key, contentType: source.contentType });
  if (read.kind !== 'items') return { kind: 'article', record: articleRecord(read, source, now) };
  const items = read.items.map((item, index) =>
    articleRecord(
      item.result,
      { ...source, item: { key: item.itemKey, position: index + 1 } },
      now,
    ),
  );
  const record: ContainerRecord = {
    ...lifecycleFields(source, now),
    status: 'container',
    itemCount: items.length,
    items: items.map((item) => item.articleId),
  };
  return { kind: 'container', record, items };
};

/** The article records of a build: the one article, or every item of a container. */
export const articlesOf = (built: BuiltObject): ArticleOutcome[] =>
  built.kind === 'article' ? [built.record] : built.items;

const articleRecord = (read: ReadOne, source: SourceFacts, now: Date): ArticleOutcome => {
  if (read.kind === 'rejected') return rejectedRecord(source, read.reason, read.detail, now);
  const key = source.item ? `${source.key}/${source.item.key}` : source.key;
  const article = assembleArticle(read.document, { now, key });
  if (!article) {
    const detail = `The ${read.document.format} file was read but holds ${read.document.sections.some((s) => s.paragraphs.some((p) => p.trim() !== '')) ? 'too few words to be an article' : 'no paragraph text'}.`;
    return rejectedRecord(source, 'no-article', detail, now);
  }
  return { ...lifecycleFields(source, now), ...article };
};
