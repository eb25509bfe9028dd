import { strToU8, zlibSync } from 'fflate';

/** Test helper: a minimal one-page PDF whose content stream draws the given lines. */
export interface PdfSpec {
  /** Lines top to bottom; '' leaves a paragraph gap. */
  lines: readonly string[];
  info?: { title?: string; author?: string; created?: string };
  compress?: boolean;
  /** Shows text as hex strings (what CID fonts look like), for the give-up path. */
  hex?: boolean;
  encrypted?: boolean;
}

const LEADING = 14;

const pdfString = (text: string): string => `(${text.replace(/([()\\])/g, '\\$1')})`;
const hexString = (text: string): string =>
  `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

const contentOf = (spec: PdfSpec): string => {
  const ops = ['BT', '/F1 11 Tf', `${LEADING} TL`, '72 760 Td'];
  let gap = 0;
  for (const line of spec.lines) {
    if (line === '') {
      gap += LEADING;
      continue;
    }
    ops.push(`0 ${-(LEADING + gap)} Td`);
    ops.push(spec.hex ? `${hexString(line)} Tj` : `[${splitWords(line)}] TJ`);
    gap = 0;
  }
  ops.push('ET');
  return ops.join('\n');
};

/** Words as separate TJ strings with a word-space offset, as typesetters emit them. */
const splitWords = (line: string): string =>
  line
    .split(' ')
    .map((word) => pdfString(word))
    .join(' -250 ');

export const buildPdf = (spec: PdfSpec): Uint8Array => {
  const content = strToU8(contentOf(spec), true);
  const data = spec.compress ? zlibSync(content) : content;
  const filter = spec.compress ? ' /Filter /FlateDecode' : '';
  const info = spec.info ?? {};
  const infoDict = [
    info.title ? `/Title ${pdfString(info.title)}` : '',
    info.author ? `/Author ${pdfString(info.author)}` : '',
    info.created ? `/CreationDate (${info.created})` : '',
  ].join(' ');
  const parts: Array<string | Uint8Array> = [
    '%PDF-1.4\n',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n',
    `4 0 obj << /Length ${data.length}${filter} >>\nstream\n`,
    data,
    '\nendstream endobj\n',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> endobj\n',
    `6 0 obj << ${infoDict} >> endobj\n`,
    `trailer << /Root 1 0 R /Info 6 0 R${spec.encrypted ? ' /Encrypt 7 0 R' : ''} >>\n%%EOF\n`,
  ];
  const chunks = parts.map((part) => (typeof part === 'string' ? strToU8(part, true) : part));
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
