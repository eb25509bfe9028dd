import { describe, expect, it } from 'vitest';
import { readPdf } from '#shared/formats/pdf/read-pdf.ts';
import { titleBlock } from '#shared/formats/pdf/title-block.ts';
import { buildObject } from '#shared/pipeline/build-record.ts';
import { buildPdf, type PdfSpec } from './pdf-builder.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
/** The day the file was converted, months after the story. */
const CONVERTED = 'D:20250901120000Z';
const BODY = [
  'The council voted on Tuesday to back the plan for a new office block on the square,',
  'after a long meeting in which residents asked for the cafe to stay open while the',
  'work goes on.',
  '',
  'Work starts next week and will take a year, officials said after the vote, adding',
  'that the square would stay open.',
];

const recordOf = (spec: PdfSpec) => {
  const bytes = buildPdf(spec);
  const built = buildObject({
    bytes,
    source: { bucket: 'b', key: 'plan.pdf', sequencer: '01', size: bytes.length },
    now: NOW,
  });
  if (built.kind !== 'article' || built.record.status !== 'ingested') {
    throw new Error('expected one ingested article');
  }
  return built.record;
};

describe('PDF metadata: the page before the Info dictionary', () => {
  it.each(['By Jane Doe | 5 March 2025', 'Jane Doe, March 5, 2025'])(
    'takes the byline "%s" date over the CreationDate, and its name only',
    (byline) => {
      const record = recordOf({
        lines: ['Council backs the new office plan', '', byline, '', ...BODY],
        info: { author: 'jdoe', created: CONVERTED },
      });

      expect(record).toMatchObject({
        title: 'Council backs the new office plan',
        authors: ['Jane Doe'],
        publishedDate: '2025-03-05',
        publishedDateSource: 'header',
      });
      // Relative dates count from the byline's day, not the conversion's.
      expect(record.temporalRefs).toContainEqual(
        expect.objectContaining({ text: 'on Tuesday', value: '2025-03-04' }),
      );
    },
  );

  it('falls back to the CreationDate, marked file-info, when the page states no date', () => {
    const record = recordOf({
      lines: ['Council backs the new office plan', '', 'By Jane Doe', '', ...BODY],
      info: { created: CONVERTED },
    });

    expect(record).toMatchObject({
      authors: ['Jane Doe'],
      publishedDate: '2025-09-01',
      publishedDateSource: 'file-info',
    });
  });

  it.each(['Microsoft Word - plan.docx', 'plan-final.pdf', 'Untitled'])(
    'drops a tool-default Info Title (%s) when the page gives none',
    (title) => {
      const read = readPdf(buildPdf({ lines: BODY, info: { title } }));

      expect(read.kind === 'document' && read.document.title).toBeUndefined();
    },
  );

  it("keeps an author's Info Title when the page gives none", () => {
    const read = readPdf(buildPdf({ lines: BODY, info: { title: 'Office plan approved' } }));

    expect(read.kind === 'document' && read.document.title).toBe('Office plan approved');
  });
});

const line = (text: string, size: number, y: number) => ({ x: 72, y, size, text });

describe('titleBlock', () => {
  it('takes the lines in the largest type at the top of the first page', () => {
    const page = {
      unreadable: 0,
      lines: [
        line('NEWS RELEASE', 9, 760),
        line('Council backs the new', 20, 730),
        line('office plan', 20, 706),
        line('By Jane Doe', 10, 680),
        line('The council voted on Tuesday.', 10, 660),
        line('Work starts next week.', 10, 648),
      ],
    };

    expect(titleBlock([page])).toBe('Council backs the new office plan');
  });

  it('gives nothing when all the text is one size, or the big type is far down the page', () => {
    const even = { unreadable: 0, lines: [line('One', 10, 700), line('Two', 10, 688)] };
    const late = {
      unreadable: 0,
      lines: [1, 2, 3, 4, 5]
        .map((n) => line(`Body ${n}`, 10, 700 - n * 12))
        .concat(line('Pull quote', 18, 500)),
    };

    expect(titleBlock([even])).toBeUndefined();
    expect(titleBlock([late])).toBeUndefined();
  });
});
