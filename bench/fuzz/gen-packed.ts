import { gzipSync, strToU8, zipSync } from 'fflate';
import { buildDocx } from '../../tests/unit/formats/docx-builder.ts';
import { buildPdf } from '../../tests/unit/formats/pdf-builder.ts';
import { generateHtml } from './gen-html.ts';
import { generateJson } from './gen-json.ts';
import { generateMarkdown, generateText } from './gen-text.ts';
import type { Rng } from './prng.ts';
import { isoDay, paragraphs, person, title } from './words.ts';

const HEADING_STYLES = ['', '', '', 'Heading1', 'Heading2', 'Title'] as const;
const FONTS = ['standard', 'differences', 'cid', 'cid-bare'] as const;

/** A DOCX (via the tests' builder): styled paragraphs and, sometimes, core properties. */
export const generateDocx = (rng: Rng): Uint8Array =>
  buildDocx({
    paragraphs: [
      ['Title', title(rng)],
      ...paragraphs(rng, 1, 8).map((text): [string, string] => [rng.pick(HEADING_STYLES), text]),
    ],
    ...(rng.chance(0.5)
      ? { core: { title: title(rng), creator: person(rng), created: `${isoDay(rng)}T09:00:00Z` } }
      : {}),
  });

/** A one-page PDF (via the tests' builder) in one of its font encodings and layouts. */
export const generatePdf = (rng: Rng): Uint8Array => {
  const lines = [title(rng), ''];
  for (const text of paragraphs(rng, 1, 4)) {
    for (let at = 0; at < text.length; at += 70) lines.push(text.slice(at, at + 70));
    lines.push('');
  }
  return buildPdf({
    lines,
    info: rng.chance(0.5) ? { title: title(rng), author: person(rng) } : {},
    compress: rng.chance(0.5),
    font: rng.pick(FONTS),
    objectStreams: rng.chance(0.3),
  });
};

/** A gzipped text or HTML article (key `*.txt.gz`). */
export const generateGzip = (rng: Rng): Uint8Array =>
  gzipSync(strToU8(rng.chance(0.7) ? generateText(rng) : generateHtml(rng)));

const ZIP_MEMBERS = [
  ['txt', generateText],
  ['md', generateMarkdown],
  ['html', generateHtml],
  ['json', generateJson],
] as const;

/** A zip of one to four articles in mixed formats, sometimes in a folder. */
export const generateZip = (rng: Rng): Uint8Array => {
  const files: Record<string, Uint8Array> = {};
  for (let i = 1; i <= rng.int(1, 4); i++) {
    const [ext, generate] = rng.pick(ZIP_MEMBERS);
    const folder = rng.chance(0.3) ? 'stories/' : '';
    files[`${folder}story-${i}.${ext}`] = strToU8(generate(rng));
  }
  return zipSync(files, { level: rng.pick([0, 6, 9] as const) });
};
