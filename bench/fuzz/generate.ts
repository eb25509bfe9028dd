import { strToU8 } from 'fflate';
import type { Family } from './families.ts';
import { generateAtom, generateRss } from './gen-feeds.ts';
import { generateHtml } from './gen-html.ts';
import { generateJson } from './gen-json.ts';
import { generateDocx, generateGzip, generatePdf, generateZip } from './gen-packed.ts';
import { generateMarkdown, generateText } from './gen-text.ts';
import { generateNewsml, generateNitf } from './gen-wire.ts';
import type { Rng } from './prng.ts';

const asBytes =
  (generate: (rng: Rng) => string) =>
  (rng: Rng): Uint8Array =>
    strToU8(generate(rng));

/** A valid document of each family, built from the seeded generator. */
export const GENERATORS: Record<Family, (rng: Rng) => Uint8Array> = {
  text: asBytes(generateText),
  markdown: asBytes(generateMarkdown),
  html: asBytes(generateHtml),
  json: asBytes(generateJson),
  nitf: asBytes(generateNitf),
  newsml: asBytes(generateNewsml),
  rss: asBytes(generateRss),
  atom: asBytes(generateAtom),
  docx: generateDocx,
  pdf: generatePdf,
  gzip: generateGzip,
  zip: generateZip,
};
