import { writeFileSync } from 'node:fs';
import { summariseFailures } from './failure-kinds.ts';
import type { FieldFailure, FieldScore } from './field-score.ts';

/** How many failures per field to print; the rest are in the TSV. */
const SHOWN_FAILURES = 8;
/** Long values (author lists, titles) are cut so one failure stays on one line. */
const SHOWN_CHARS = 60;
/** Of a long shared beginning, keep this much before the first difference. */
const SHARED_CONTEXT = 15;
const WHITESPACE = /\s+/gu;

const flatten = (text: string | null): string => (text ?? '(none)').replace(WHITESPACE, ' ');

const clip = (text: string): string =>
  text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 3)}...` : text;

const sharedPrefixLength = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
};

/**
 * Both values on one short line each, starting shortly before they first differ, so a
 * suffix such as " - ABC News" after a long shared title stays visible.
 */
export const clipPair = (gold: string | null, ours: string | null): [string, string] => {
  const g = flatten(gold);
  const o = flatten(ours);
  const skip = Math.max(0, sharedPrefixLength(g, o) - SHARED_CONTEXT);
  const cut = (text: string) => (skip > 3 ? `...${clip(text.slice(skip))}` : clip(text));
  return [cut(g), cut(o)];
};

/** Diagnosis lines: a header, then `file: gold "..." ours "..."` for the first failures. */
export const failureLines = (label: string, score: FieldScore): string[] => {
  if (score.failures.length === 0) return [];
  const shown = score.failures.slice(0, SHOWN_FAILURES).map((f) => {
    const [gold, ours] = clipPair(f.gold, f.ours === '' ? null : f.ours);
    return `  ${f.file}: gold "${gold}"  ours "${ours}"`;
  });
  const more = score.failures.length - shown.length;
  return [
    `${label} failures (${score.failures.length}: ${summariseFailures(score.failures)}):`,
    ...shown,
    ...(more > 0 ? [`  ... ${more} more (all in the failures TSV)`] : []),
  ];
};

/** Every failure of every field, tab-separated: field, file, gold, ours. */
export const writeFailuresTsv = (path: string, fields: Record<string, FieldScore>): void => {
  const rows = Object.entries(fields).flatMap(([field, score]) =>
    score.failures.map((f: FieldFailure) =>
      [field, f.file, flatten(f.gold), flatten(f.ours)].join('\t'),
    ),
  );
  writeFileSync(path, `field\tfile\tgold\tours\n${rows.join('\n')}\n`);
};
