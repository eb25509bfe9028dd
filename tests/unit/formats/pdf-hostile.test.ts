import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '#shared/domain/limits.ts';
import {
  BudgetExceededError,
  budgetFor,
  WorkBudget,
  withinBudget,
} from '#shared/domain/work-budget.ts';
import { readPdf } from '#shared/formats/pdf/read-pdf.ts';
import { buildPdf, pdfOf } from './pdf-builder.ts';

/** PDFs whose structure is hostile: each ends as a record or a classified rejection. */

const TEXT = 'BT 72 700 Td (The story text.) Tj ET';
const CATALOG = '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj';
const PAGES = '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj';
const page = (num: number, extra = '/Contents 4 0 R') =>
  `${num} 0 obj << /Type /Page /Parent 2 0 R ${extra} >> endobj`;
const stream = (num: number, content: string, dict = `/Length ${content.length}`) =>
  `${num} 0 obj << ${dict} >>\nstream\n${content}\nendstream endobj`;

const STORY = { kind: 'document', document: { sections: [{ paragraphs: ['The story text.'] }] } };

/** Reads under `limits` with the budget a file of its size gets. */
const readWithin = (pdf: Uint8Array, limits: Limits = DEFAULT_LIMITS) =>
  withinBudget(limits, budgetFor(pdf.length, limits), () => readPdf(pdf));

/** One char a byte, for PDFs written out as text. */
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('readPdf on hostile structure', () => {
  it('reads a stream whose /Length points far past the end of the file up to its endstream', () => {
    const pdf = pdfOf([CATALOG, PAGES, page(3), stream(4, TEXT, '/Length 99999999999999999999')]);

    expect(readWithin(pdf)).toMatchObject(STORY);
  });

  it('reads a stream whose /Length is a reference chain that loops back on itself', () => {
    const pdf = pdfOf([
      CATALOG,
      PAGES,
      page(3),
      stream(4, TEXT, '/Length 8 0 R'),
      '8 0 obj 9 0 R endobj',
      '9 0 obj 8 0 R endobj',
    ]);

    expect(readWithin(pdf)).toMatchObject(STORY);
  });

  it('ends on a cyclic /Prev chain of cross-reference sections (the scan never follows it)', () => {
    const body = `%PDF-1.4\n${[CATALOG, PAGES, page(3), stream(4, TEXT)].join('\n')}\n`;
    const section = (prev: number) =>
      `xref\n0 1\n0000000000 65535 f \ntrailer << /Size 5 /Root 1 0 R /Prev ${prev} >>\n`;
    const first = body.length;
    const second = first + section(0).length;
    const text = `${body}${section(second)}${section(first)}startxref\n${second}\n%%EOF\n`;

    expect(readWithin(bytesOf(text))).toMatchObject(STORY);
  });

  it('reads each page of a cyclic page tree once', () => {
    const pdf = pdfOf([
      CATALOG,
      '2 0 obj << /Type /Pages /Kids [6 0 R 2 0 R] /Count 1 >> endobj',
      page(3),
      stream(4, TEXT),
      '6 0 obj << /Type /Pages /Kids [2 0 R 6 0 R 3 0 R] /Count 1 >> endobj',
    ]);

    expect(readWithin(pdf)).toMatchObject(STORY);
  });

  it('walks a Kids array shared by thousands of page-tree nodes once, not once per node', () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => 10 + i);
    const pdf = pdfOf([
      CATALOG,
      '2 0 obj << /Type /Pages /Kids 9 0 R >> endobj',
      page(3),
      stream(4, TEXT),
      `9 0 obj [3 0 R ${nodes.map((num) => `${num} 0 R`).join(' ')}] endobj`,
      ...nodes.map((num) => `${num} 0 obj << /Type /Pages /Kids 9 0 R >> endobj`),
    ]);

    // Once per node, the array would cost 9 million units: more than the whole budget.
    const read = withinBudget(DEFAULT_LIMITS, new WorkBudget(1_000_000), () => readPdf(pdf));

    expect(read).toMatchObject(STORY);
  });

  it('gives up on objects that are references to themselves, and reads the other pages', () => {
    const pdf = pdfOf([
      CATALOG,
      '2 0 obj << /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >> endobj',
      page(3, '/Contents 7 0 R /Resources 8 0 R'),
      stream(4, TEXT),
      page(5),
      '7 0 obj 7 0 R endobj',
      '8 0 obj 8 0 R endobj',
    ]);

    expect(readWithin(pdf)).toMatchObject(STORY);
  });

  it('rejects as unsupported a PDF whose only page content is a reference to itself', () => {
    const pdf = pdfOf([CATALOG, PAGES, page(3, '/Contents 3 0 R /Resources 3 0 R')]);

    expect(readWithin(pdf)).toMatchObject({ kind: 'rejected', reason: 'unsupported-format' });
  });

  it('rejects a page listing one content stream 100,000 times as a bomb', () => {
    const content = `${TEXT} ${'%'.repeat(1000)}`;
    const listed = Array.from({ length: 100_000 }, () => '4 0 R').join(' ');
    const pdf = pdfOf([CATALOG, PAGES, page(3, `/Contents [${listed}]`), stream(4, content)]);
    const limits = { ...DEFAULT_LIMITS, maxExpandedBytes: 1024 * 1024 };

    expect(readWithin(pdf, limits)).toMatchObject({
      kind: 'rejected',
      reason: 'bomb',
      detail: expect.stringContaining('content drawn repeatedly'),
    });
  });

  it('rejects a form that draws itself ten times per level as a bomb', () => {
    const form = `${TEXT} ${'/Fm1 Do '.repeat(10)}`;
    const pdf = pdfOf([
      CATALOG,
      PAGES,
      page(3, '/Contents 4 0 R /Resources 6 0 R'),
      stream(4, '/Fm1 Do'),
      '6 0 obj << /XObject << /Fm1 7 0 R >> >> endobj',
      stream(7, form, `/Type /XObject /Subtype /Form /Resources 6 0 R /Length ${form.length}`),
    ]);
    const limits = { ...DEFAULT_LIMITS, maxExpandedBytes: 1024 * 1024 };

    expect(readWithin(pdf, limits)).toMatchObject({ kind: 'rejected', reason: 'bomb' });
  });

  it('reads a ToUnicode map whose ranges remap the same codes thousands of times', () => {
    const ranges = '<0000> <FFFF> <0020>\n'.repeat(2000);
    const cmap = `2000 beginbfrange\n${ranges}endbfrange`;
    // Each code maps to the char 0x20 above it.
    const codes = Array.from('The story text.', (c) => (c.charCodeAt(0) - 0x20).toString(16))
      .map((hex) => hex.padStart(4, '0'))
      .join('');
    const pdf = pdfOf([
      CATALOG,
      PAGES,
      page(3, '/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>'),
      stream(4, `BT /F1 11 Tf 72 700 Td <${codes}> Tj ET`),
      '5 0 obj << /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R >> endobj',
      stream(6, cmap),
    ]);

    expect(readWithin(pdf)).toMatchObject(STORY);
  });

  it('charges the objects, streams and content it reads to the work budget', () => {
    const pdf = buildPdf({ lines: ['Headline', '', 'Body text.'] });

    const read = (units: number) => () =>
      withinBudget(DEFAULT_LIMITS, new WorkBudget(units), () => readPdf(pdf));

    expect(read(pdf.length * 4)).not.toThrow();
    expect(read(100)).toThrow(BudgetExceededError);
  });
});
