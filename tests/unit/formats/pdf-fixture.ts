/**
 * Writes the golden fixture tests/fixtures/articles/pdf-cid-font/input.pdf: an article
 * set the way Chrome's "Save as PDF" or Word write it (a Type0 Identity-H font with a
 * ToUnicode CMap, words placed one by one, objects packed in an object stream). Run
 *
 *   npx tsx tests/unit/formats/pdf-fixture.ts
 *
 * then `npx tsx tests/fixtures/write-expected.ts pdf-cid-font`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPdf } from './pdf-builder.ts';

const ARTICLE = [
  'Ferry timetable changes from Monday',
  '',
  'By Tomasz Nowak',
  '',
  'The harbour board will run the island ferry every forty minutes from Monday, up from',
  'once an hour, after a summer in which crossings were full by mid-morning and',
  'passengers waited on the quay for the next sailing.',
  '',
  'The board said the extra sailings would be paid for by the new fare, which rises by',
  'a fifth for day visitors but stays the same for island residents and school-',
  'children. Officials expect the busiest crossings to be less crowded by the end of',
  'the month.',
  '',
  'Residents said they welcomed the change but asked the board to keep the late sailing',
  'on Friday nights, which the new timetable drops in the winter months.',
];

const target = fileURLToPath(
  new URL('../../fixtures/articles/pdf-cid-font/input.pdf', import.meta.url),
);
writeFileSync(
  target,
  buildPdf({
    lines: ARTICLE,
    font: 'cid',
    compress: true,
    objectStreams: true,
    info: { title: 'Ferry timetable changes', created: "D:20251006091500+01'00'" },
  }),
);
console.log(`wrote ${target}`);
