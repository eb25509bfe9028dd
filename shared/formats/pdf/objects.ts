import { spendWork } from '../../domain/work-budget.ts';
import { type ExpansionBudget, unzlibWithLimits } from '../packed/index.ts';
import type { Rejection } from '../read-result.ts';
import {
  dictOf,
  nameOf,
  numberOf,
  type PdfDict,
  PdfRef,
  type PdfValue,
  parseObject,
  skipSpace,
} from './syntax.ts';

/**
 * A PDF's objects, found by scanning for `n g obj` rather than trusting the cross-reference
 * table (often wrong in uploaded files), plus the objects packed into object streams
 * (`/Type /ObjStm`, PDF 1.5+, where Word and LibreOffice put font dictionaries). A later
 * definition of a number wins, as with incremental updates. Cross-reference streams need
 * no reading: they only index what the scan finds (so a cyclic `/Prev` chain of
 * cross-reference sections is never followed), and a `/Length` is only believed where
 * `endstream` follows it. Streams are decoded (raw or FlateDecode) against the upload's
 * budget of expanded bytes (shared with any archive the PDF came in); every char parsed
 * or decoded is charged to the file's work budget.
 */
export interface PdfObject {
  value: PdfValue;
  /** Where it is defined (an object stream's own offset for packed objects). */
  at: number;
  /** Offset of the stream data in the file, for stream objects. */
  streamStart?: number;
}

/** Past the budget or the object count the upload is hostile: a rejection, not a crash. */
export class PdfLimitError extends Error {
  readonly rejection: Rejection;
  constructor(rejection: Rejection) {
    super(rejection.detail);
    this.name = 'PdfLimitError';
    this.rejection = rejection;
  }
}

/** Most objects one file may define: articles have hundreds, books some tens of thousands. */
export const MAX_PDF_OBJECTS = 200_000;
/** References followed in a chain (`1 0 R` naming `2 0 R` ...) before giving up on a loop. */
const MAX_REF_CHAIN = 16;

const OBJECT_HEADER = /(\d+)\s+(\d+)\s+obj\b/g;
const STREAM_KEYWORD = /\s*stream(?:\r\n|\r|\n)/y;
const FLATE = 'FlateDecode';

export class PdfFile {
  readonly raw: string;
  readonly objects = new Map<number, PdfObject>();
  private readonly bytes: Uint8Array;
  private readonly budget: ExpansionBudget;

  constructor(bytes: Uint8Array, raw: string, budget: ExpansionBudget) {
    this.bytes = bytes;
    this.raw = raw;
    this.budget = budget;
    this.scan();
  }

  /** The value itself, or what a reference (chain) points at; undefined for a dangling one. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    let current = value;
    for (let hops = 0; current instanceof PdfRef; hops++) {
      if (hops >= MAX_REF_CHAIN) return undefined;
      current = this.objects.get(current.num)?.value;
    }
    return current;
  }

  /** `dict[key]`, references followed. */
  get(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return this.resolve(dict?.get(key));
  }

  /** A stream object's decoded data (one char a byte); '' for filters not read here. */
  streamData(ref: PdfValue | undefined): string {
    const object = ref instanceof PdfRef ? this.objects.get(ref.num) : undefined;
    const dict = dictOf(object?.value);
    if (!object || !dict || object.streamStart === undefined) return '';
    return this.decode(dict, object.streamStart);
  }

  private decode(dict: PdfDict, start: number): string {
    const filter = this.get(dict, 'Filter');
    const filters = Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : [filter];
    const data = this.bytes.subarray(
      start,
      streamEnd(this.raw, start, numberOf(this.get(dict, 'Length'))),
    );
    // Inflated bytes are charged as they are produced; raw ones here, each time read.
    if (filter === undefined) {
      spendWork(data.length, 'pdf stream');
      return latin1(data);
    }
    if (filters.length !== 1 || nameOf(filters[0]) !== FLATE) return '';
    const inflated = unzlibWithLimits(data, this.budget.remaining);
    if (!(inflated instanceof Uint8Array)) {
      if (inflated.reason === 'bomb') throw new PdfLimitError(inflated);
      return '';
    }
    this.budget.remaining -= inflated.length;
    return latin1(inflated);
  }

  private scan(): void {
    const packed: number[] = [];
    // Parsing stops at the next `endobj`, and a broken object is skipped up to it, so that
    // headers followed by unclosed strings cannot make the scan quadratic.
    let objectEnd = -1;
    OBJECT_HEADER.lastIndex = 0;
    for (let match = OBJECT_HEADER.exec(this.raw); match; match = OBJECT_HEADER.exec(this.raw)) {
      const start = OBJECT_HEADER.lastIndex;
      if (objectEnd < start) objectEnd = indexOrEnd(this.raw, 'endobj', start);
      const parsed = parseObject(this.raw.slice(0, objectEnd), start);
      spendWork((parsed?.end ?? objectEnd) - start, 'pdf objects');
      if (!parsed) {
        OBJECT_HEADER.lastIndex = objectEnd;
        continue;
      }
      const object: PdfObject = { value: parsed.value, at: match.index };
      STREAM_KEYWORD.lastIndex = parsed.end;
      if (dictOf(parsed.value) && STREAM_KEYWORD.test(this.raw)) {
        object.streamStart = STREAM_KEYWORD.lastIndex;
        // Stream data may hold anything, `1 0 obj` included: resume after it.
        // Only a direct /Length is known here: references may not be scanned yet.
        const dict = parsed.value as PdfDict;
        const end = streamEnd(this.raw, object.streamStart, numberOf(dict.get('Length')));
        OBJECT_HEADER.lastIndex = Math.max(OBJECT_HEADER.lastIndex, end);
        if (nameOf(dict.get('Type')) === 'ObjStm') packed.push(Number(match[1]));
      } else OBJECT_HEADER.lastIndex = Math.max(OBJECT_HEADER.lastIndex, parsed.end);
      this.define(Number(match[1]), object);
    }
    // Packed objects come after the scan so a stream's /Length and /First may be references.
    for (const num of packed) this.unpack(num);
  }

  private define(num: number, object: PdfObject): void {
    if (!this.objects.has(num) && this.objects.size >= MAX_PDF_OBJECTS) {
      throw new PdfLimitError({
        kind: 'rejected',
        reason: 'too-large',
        detail: `The PDF defines more than ${MAX_PDF_OBJECTS} objects.`,
      });
    }
    this.objects.set(num, object);
  }

  /** An object stream: `/N` pairs of (number, offset) then the objects from `/First`. */
  private unpack(num: number): void {
    const object = this.objects.get(num);
    const dict = dictOf(object?.value);
    if (!dict || object?.streamStart === undefined) return;
    const data = this.decode(dict, object.streamStart);
    const count = Math.min(numberOf(this.get(dict, 'N')) ?? 0, MAX_PDF_OBJECTS);
    const first = numberOf(this.get(dict, 'First')) ?? 0;
    const entries = objectStreamEntries(data, count, first);
    for (const [i, entry] of entries.entries()) {
      // Each object is parsed within its own span, so one unclosed string costs one pass.
      const spanEnd = entries[i + 1]?.offset ?? data.length;
      spendWork(Math.max(0, spanEnd - entry.offset), 'pdf object stream');
      const parsed = parseObject(data.slice(0, spanEnd), entry.offset);
      // An object redefined by a later incremental update keeps the later definition.
      const existing = this.objects.get(entry.num);
      if (parsed && (!existing || existing.at < object.at)) {
        this.define(entry.num, { value: parsed.value, at: object.at });
      }
    }
  }
}

/** An object stream's header: (number, offset) pairs, kept while the offsets increase. */
const objectStreamEntries = (data: string, count: number, first: number) => {
  const entries: Array<{ num: number; offset: number }> = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const num = parseObject(data, at);
    const offset = num && parseObject(data, num.end);
    if (typeof num?.value !== 'number' || typeof offset?.value !== 'number') break;
    const previous = entries.at(-1)?.offset ?? -1;
    if (first + offset.value <= previous) break;
    entries.push({ num: num.value, offset: first + offset.value });
    at = offset.end;
  }
  return entries;
};

const indexOrEnd = (text: string, word: string, from: number): number => {
  const at = text.indexOf(word, from);
  return at < 0 ? text.length : at;
};

/** End of stream data: after `/Length` bytes where `endstream` follows, else at `endstream`. */
const streamEnd = (raw: string, start: number, length: number | undefined): number => {
  if (
    length !== undefined &&
    length >= 0 &&
    raw.startsWith('endstream', skipSpace(raw, start + length))
  ) {
    return start + length;
  }
  return indexOrEnd(raw, 'endstream', start);
};

const latin1Decoder = new TextDecoder('latin1');
const latin1 = (bytes: Uint8Array): string => latin1Decoder.decode(bytes);
