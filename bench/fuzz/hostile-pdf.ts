import { strToU8 } from 'fflate';
import { type HostileItem, hostile } from './hostile-item.ts';

const CONTENT =
  'BT /F1 12 Tf 72 720 Td (Harbour Town council approved the seawall repairs on Tuesday.) Tj ET';
/** A declared stream length no file of this size can hold. */
const HUGE_LENGTH = 99_999_999_999;
const DEEP_ARRAY = 100_000;

const objects = (contents: string): string[] => [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  contents,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
];

const stream = (dict: string, data: string): string => `<< ${dict} >>\nstream\n${data}\nendstream`;

/** A PDF with real offsets: its objects, then the xref sections `sections` writes at the end. */
const pdfWith = (
  bodies: readonly string[],
  sections: (offsets: number[], at: number) => string,
): Uint8Array => {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of bodies.entries()) {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  return strToU8(out + sections(offsets, out.length), true);
};

const xrefTable = (offsets: readonly number[]): string =>
  `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;

/** Two xref sections whose /Prev point at each other: a reader following /Prev loops forever. */
const cyclicXref = (offsets: number[], at: number): string => {
  const table = xrefTable(offsets);
  const first = at;
  const trailer = (prev: number) =>
    `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R /Prev ${prev} >>\n`;
  const firstSection = `${table}${trailer(0)}`;
  const second = first + firstSection.length + 12; // after the placeholder padding below
  const fixedFirst = `${table}${trailer(second)}`.padEnd(firstSection.length + 12, ' ');
  return `${fixedFirst}${table}${trailer(first)}startxref\n${second}\n%%EOF\n`;
};

const singleXref = (offsets: number[], at: number): string =>
  `${xrefTable(offsets)}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;

export const PDF_ITEMS: HostileItem[] = [
  hostile(
    'pdf-huge-declared-length',
    'pdf',
    () => pdfWith(objects(stream(`/Length ${HUGE_LENGTH}`, CONTENT)), singleXref),
    {
      cheap: true,
    },
  ),
  hostile(
    'pdf-cyclic-xref',
    'pdf',
    () => pdfWith(objects(stream(`/Length ${CONTENT.length}`, CONTENT)), cyclicXref),
    {
      cheap: true,
    },
  ),
  hostile(
    'pdf-deep-arrays',
    'pdf',
    () =>
      pdfWith(
        objects(stream(`/Length ${CONTENT.length} /X ${'['.repeat(DEEP_ARRAY)}`, CONTENT)),
        singleXref,
      ),
    { cheap: true },
  ),
];
