import type { Rng } from './prng.ts';
import { isoDay, paragraph, paragraphs, person, place, title } from './words.ts';

/** A plain-text story: title line, an optional date header or dateline, paragraphs, bare sub-headings. */
export const generateText = (rng: Rng): string => {
  const lines = [title(rng)];
  if (rng.chance(0.5)) lines.push(`date ${isoDay(rng)}`);
  if (rng.chance(0.3)) lines.push(`By ${person(rng)}`);
  lines.push('');
  const lede = paragraph(rng);
  lines.push(rng.chance(0.3) ? `${place(rng).toUpperCase()} (Wire) - ${lede}` : lede);
  for (const text of paragraphs(rng, 0, 6)) {
    if (rng.chance(0.2)) lines.push('', title(rng));
    lines.push('', rng.chance(0.2) ? wrap(text, rng.int(40, 80)) : text);
  }
  return `${lines.join(rng.chance(0.2) ? '\r\n' : '\n')}\n`;
};

/** Hard-wraps a paragraph at `width` columns, as e-mailed wire copy is. */
const wrap = (text: string, width: number): string => {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...out, line].join('\n');
};

/** A Markdown article: optional front matter, a heading, paragraphs, sub-headings, lists, links, emphasis. */
export const generateMarkdown = (rng: Rng): string => {
  const parts: string[] = [];
  if (rng.chance(0.5)) {
    parts.push(`---\ntitle: "${title(rng)}"\nauthor: ${person(rng)}\ndate: ${isoDay(rng)}\n---`);
  }
  parts.push(`# ${title(rng)}`);
  for (const text of paragraphs(rng, 1, 6)) {
    const roll = rng.int(0, 9);
    if (roll === 0) parts.push(`## ${title(rng)}`);
    if (roll === 1) parts.push(`- ${paragraph(rng)}\n- ${paragraph(rng)}\n  - ${title(rng)}`);
    if (roll === 2) parts.push(`> ${paragraph(rng)}`);
    if (roll === 3) parts.push('```\nconst x = 1;\n```');
    parts.push(roll === 4 ? `*${text}* [link](https://example.org/${rng.int(1, 99)})` : text);
  }
  return `${parts.join('\n\n')}\n`;
};
