/**
 * Generated news articles of a given size in each text format the pipeline reads, for
 * the memory and work-budget measurements: ordinary prose (names, quotes, dates, agency
 * credits) repeated with varied numbers, so every pass has real work per paragraph.
 */
export const ARTICLE_FORMATS = ['text', 'html', 'markdown', 'json', 'nitf', 'nitf-nested'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

const SENTENCES = [
  'Officials in Lisbon said on Tuesday that the new harbour terminal would open next month, about {n} days later than planned.',
  '"We expect the first ships to dock before the end of the year," Harbour Minister Ana Ferreira told reporters, according to Reuters.',
  'The project, financed by the European Investment Bank, cost {n} million euros and employs some 1,{n} workers.',
  'Critics, including the mayor of Porto, Rui Moreira, argued that the money would have been better spent on rail links to Madrid.',
  'Last week the port authority reported that container traffic rose {n} percent compared with November 2024.',
  'Dr. Maria Santos of the University of Coimbra, who studies coastal erosion, warned that "the dredging will change the estuary for decades".',
  'A spokesman for the Ministry of Infrastructure declined to comment on the delays, citing an ongoing audit.',
  'Shipping companies such as Maersk and MSC have said they would move part of their Atlantic services to the new quay by March {n}.',
];

const paragraphAt = (index: number): string => {
  const first = index % SENTENCES.length;
  const picked = [0, 1, 2].map((k) => SENTENCES[(first + k * 3) % SENTENCES.length] ?? '');
  return picked.join(' ').replaceAll('{n}', String(10 + (index % 90)));
};

/** Paragraphs whose text adds up to about `chars` characters. */
const paragraphsOf = (chars: number): string[] => {
  const paragraphs: string[] = [];
  for (let total = 0, index = 0; total < chars; index += 1) {
    const paragraph = paragraphAt(index);
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs;
};

const TITLE = 'New Lisbon harbour terminal to open next month';
const escapeXml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Hostile: bylines left unclosed, so in XML each holds all the text after it, and
 * reading every byline repeats the text once per level (up to the nesting limit); the
 * work budget must stop it before the repeated text fills the memory.
 */
const NESTED_LEVELS = 390;

const nestedNitf = (paragraphs: string[]): string => {
  const perLevel = Math.ceil(paragraphs.length / NESTED_LEVELS);
  const levels = Array.from({ length: NESTED_LEVELS }, (_, level) =>
    escapeXml(paragraphs.slice(level * perLevel, (level + 1) * perLevel).join(' ')),
  );
  return (
    `<nitf><head><title>${TITLE}</title></head><body><body.head>` +
    levels.map((text) => `<byline>${text}`).join('\n') +
    '</body.head><body.content><p>Short.</p></body.content></body></nitf>'
  );
};

const RENDER: Record<ArticleFormat, (paragraphs: string[]) => string> = {
  text: (paragraphs) => [`${TITLE}`, 'date 2025-11-05', ...paragraphs].join('\n\n'),
  markdown: (paragraphs) =>
    [`---\ntitle: "${TITLE}"\ndate: 2025-11-05\n---`, `# ${TITLE}`, ...paragraphs].join('\n\n'),
  html: (paragraphs) =>
    `<!doctype html><html lang="en"><head><title>${TITLE}</title>` +
    '<meta property="article:published_time" content="2025-11-05T08:00:00Z"></head><body>' +
    `<nav><a href="/">Home</a></nav><article><h1>${TITLE}</h1>` +
    paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n') +
    '</article><footer>Example News</footer></body></html>',
  json: (paragraphs) =>
    JSON.stringify({
      title: TITLE,
      published_at: '2025-11-05T08:00:00Z',
      language: 'en',
      body: paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join(''),
    }),
  nitf: (paragraphs) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>' +
    TITLE +
    '</title><docdata><date.issue norm="20251105T080000Z"/></docdata></head><body>' +
    `<body.head><hedline><hl1>${TITLE}</hl1></hedline></body.head><body.content>` +
    paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n') +
    '</body.content></body></nitf>',
  'nitf-nested': nestedNitf,
};

const EXTENSION: Record<ArticleFormat, string> = {
  text: 'txt',
  markdown: 'md',
  html: 'html',
  json: 'json',
  nitf: 'xml',
  'nitf-nested': 'xml',
};

/** A generated article of about `bytes` bytes (UTF-8) and the key it would be uploaded as. */
export const generateArticle = (
  format: ArticleFormat,
  bytes: number,
): { key: string; bytes: Uint8Array } => {
  // Markup adds about 10% to the text; aim the text a little under the size.
  const text = RENDER[format](paragraphsOf(Math.floor(bytes * 0.95)));
  return { key: `generated/article.${EXTENSION[format]}`, bytes: new TextEncoder().encode(text) };
};
