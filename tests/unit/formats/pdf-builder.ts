import { strToU8, zlibSync } from 'fflate';
import { drawFont, type FontKind, type PdfObj, pdfString } from './pdf-builder-fonts.ts';

/** Test helper: a minimal one-page PDF whose content stream draws the given lines. */
export interface PdfSpec {
  /** Lines top to bottom; '' leaves a paragraph gap. */
  lines: readonly string[];
  info?: { title?: string; author?: string; created?: string };
  compress?: boolean;
  /** How the text is encoded (see pdf-builder-fonts.ts); 'standard' by default. */
  font?: FontKind;
  /** PDF 1.5 layout: fonts and catalog inside a compressed object stream, an xref stream. */
  objectStreams?: boolean;
  encrypted?: boolean;
}

/** Objects 1-6 are fixed; a font's helper objects follow. */
const FONT = 5;
const INFO = 6;
const FIRST_EXTRA = 7;

export const buildPdf = (spec: PdfSpec): Uint8Array => {
  const drawn = drawFont(spec.font ?? 'standard', spec.lines, FIRST_EXTRA);
  const info = spec.info ?? {};
  const objects: PdfObj[] = [
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: '/Type /Pages /Kids [3 0 R] /Count 1' },
    {
      dict: `/Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 ${FONT} 0 R >> >>`,
    },
    { dict: '', stream: drawn.content },
    drawn.font,
    {
      dict: [
        info.title ? `/Title ${pdfString(info.title)}` : '',
        info.author ? `/Author ${pdfString(info.author)}` : '',
        info.created ? `/CreationDate (${info.created})` : '',
      ].join(' '),
    },
    ...drawn.extras,
  ];
  return spec.objectStreams ? withObjectStream(objects, spec) : classic(objects, spec);
};

const encoder =
  (compress: boolean) =>
  (obj: PdfObj, num: number): Uint8Array[] => {
    const head = `${num} 0 obj <<${obj.dict ? ` ${obj.dict}` : ''}`;
    if (obj.stream === undefined) return [strToU8(`${head} >> endobj\n`, true)];
    const raw = strToU8(obj.stream, true);
    const data = compress ? zlibSync(raw) : raw;
    const filter = compress ? ' /Filter /FlateDecode' : '';
    return [
      strToU8(`${head} /Length ${data.length}${filter} >>\nstream\n`, true),
      data,
      strToU8('\nendstream endobj\n', true),
    ];
  };

/** PDF 1.4: every object at top level, a trailer dictionary (no xref table: readers rebuild it). */
const classic = (objects: readonly PdfObj[], spec: PdfSpec): Uint8Array => {
  const encode = encoder(spec.compress ?? false);
  const encrypt = spec.encrypted ? ' /Encrypt 99 0 R' : '';
  return concat([
    strToU8('%PDF-1.4\n', true),
    ...objects.flatMap((obj, i) => encode(obj, i + 1)),
    strToU8(`trailer << /Root 1 0 R /Info ${INFO} 0 R${encrypt} >>\n%%EOF\n`, true),
  ]);
};

/**
 * PDF 1.5: the dictionaries (no streams) packed into one compressed /ObjStm, the rest at
 * top level, then a cross-reference stream dictionary holding /Root and /Info in place of
 * a trailer. Its entries are left empty: the reader rebuilds the index by scanning, as it
 * does for the 1.4 layout's missing xref table.
 */
const withObjectStream = (objects: readonly PdfObj[], spec: PdfSpec): Uint8Array => {
  const encode = encoder(spec.compress ?? false);
  const packed = objects
    .map((obj, i) => ({ obj, num: i + 1 }))
    .filter(({ obj }) => obj.stream === undefined);
  const loose = objects
    .map((obj, i) => ({ obj, num: i + 1 }))
    .filter(({ obj }) => obj.stream !== undefined);
  const bodies = packed.map(({ obj }) => `<< ${obj.dict} >>\n`);
  const offsets: string[] = [];
  let at = 0;
  for (const [i, body] of bodies.entries()) {
    offsets.push(`${packed[i]?.num} ${at}`);
    at += body.length;
  }
  const header = `${offsets.join(' ')}\n`;
  const streamNum = objects.length + 1;
  const objStm: PdfObj = {
    dict: `/Type /ObjStm /N ${packed.length} /First ${header.length}`,
    stream: header + bodies.join(''),
  };
  const chunks = [
    strToU8('%PDF-1.5\n', true),
    ...loose.flatMap(({ obj, num }) => encode(obj, num)),
    ...encoder(true)(objStm, streamNum),
  ];
  const xref: PdfObj = {
    dict: `/Type /XRef /Size ${streamNum + 2} /W [1 4 2] /Root 1 0 R /Info ${INFO} 0 R`,
    stream: '',
  };
  chunks.push(...encode(xref, streamNum + 1), strToU8('startxref\n0\n%%EOF\n', true));
  return concat(chunks);
};

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/** A PDF from object texts (one char a byte), with a trailer naming `root` as the catalog. */
export const pdfOf = (objects: readonly string[], root = 1): Uint8Array => {
  const text = `%PDF-1.4\n${objects.join('\n')}\ntrailer << /Root ${root} 0 R >>\n%%EOF\n`;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
};
