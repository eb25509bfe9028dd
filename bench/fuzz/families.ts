/** The input families the fuzz suite covers: one per format the pipeline reads, plus the containers. */
export const FAMILIES = [
  'text',
  'markdown',
  'html',
  'json',
  'nitf',
  'newsml',
  'rss',
  'atom',
  'docx',
  'pdf',
  'gzip',
  'zip',
] as const;
export type Family = (typeof FAMILIES)[number];

/** The object key's extension per family: the key is one of the hints the reader uses. */
export const EXTENSIONS: Record<Family, string> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  json: 'json',
  nitf: 'xml',
  newsml: 'xml',
  rss: 'rss',
  atom: 'atom',
  docx: 'docx',
  pdf: 'pdf',
  gzip: 'txt.gz',
  zip: 'zip',
};

/** One input: named so a failure can be found again, built on demand so big ones are not all held at once. */
export interface FuzzInput {
  family: Family;
  /** `html/gen-3`, `html/mut-3-flip`, `hostile/html-deep-divs`. */
  name: string;
  /** The object key the pipeline sees (its extension is a format hint). */
  key: string;
  make: () => Uint8Array;
}

export const keyFor = (family: Family, name: string): string =>
  `fuzz/${name.replace(/\//g, '-')}.${EXTENSIONS[family]}`;
