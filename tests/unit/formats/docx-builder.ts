import { strToU8, zipSync } from 'fflate';

/** Test helper: a minimal DOCX package (document.xml, core.xml) built in memory. */
export interface DocxSpec {
  /** Paragraphs as [style id or '', text], or raw body XML in their place (a table...). */
  paragraphs: ReadonlyArray<readonly [string, string] | { xml: string }>;
  /** Raw WordprocessingML appended to the body after the paragraphs (text boxes...). */
  extraBodyXml?: string;
  core?: {
    title?: string;
    creator?: string;
    created?: string;
    modified?: string;
    language?: string;
    keywords?: string;
  };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
const V = 'urn:schemas-microsoft-com:vml';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const paragraphXml = (paragraph: readonly [string, string] | { xml: string }): string => {
  if ('xml' in paragraph) return paragraph.xml;
  const [style, text] = paragraph;
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  // Split the text into two runs to check that runs are joined.
  const cut = Math.floor(text.length / 2);
  const runs = [text.slice(0, cut), text.slice(cut)]
    .map(
      (part) =>
        `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${props}${runs}</w:p>`;
};

const coreXml = (core: NonNullable<DocxSpec['core']>): string => {
  const field = (tag: string, value: string | undefined, attrs = ''): string =>
    value === undefined ? '' : `<${tag}${attrs}>${escapeXml(value)}</${tag}>`;
  const w3cdtf = ' xsi:type="dcterms:W3CDTF"';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    field('dc:title', core.title) +
    field('dc:creator', core.creator) +
    field('cp:keywords', core.keywords) +
    field('dc:language', core.language) +
    field('dcterms:created', core.created, w3cdtf) +
    field('dcterms:modified', core.modified, w3cdtf) +
    '</cp:coreProperties>'
  );
};

export const buildDocx = (spec: DocxSpec): Uint8Array => {
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:v="${V}"><w:body>` +
    `${spec.paragraphs.map(paragraphXml).join('')}${spec.extraBodyXml ?? ''}` +
    '<w:sectPr/></w:body></w:document>';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships/>'),
    'word/document.xml': strToU8(document),
    ...(spec.core ? { 'docProps/core.xml': strToU8(coreXml(spec.core)) } : {}),
  });
};

/** A Word table (`w:tbl`) of plain cells; `header` marks the first row as a repeated header row. */
export const docxTableXml = (rows: ReadonlyArray<readonly string[]>, header = false): string => {
  const cell = (text: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: readonly string[], index: number) =>
    `<w:tr>${index === 0 && header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(cell).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.map(row).join('')}</w:tbl>`;
};
