import { emptyDocument, type ParsedDocument } from '../document.ts';
import { blockUnits, HEADLINE_PROSE_END, isShortLine, splitBlocks } from './blocks.ts';
import { isHeaderLine, readHeaderLine, readInlineDate } from './header.ts';
import { groupSections } from './sections.ts';

/**
 * Plain text in its common layouts: an optional first-line headline, `Key: value` /
 * `By ...` header lines, the seed's inline `date YYYY-MM-DD` header before the lede,
 * blank-line paragraphs (hard-wrapped lines joined) and bare sub-headings: short lines
 * without terminal punctuation standing alone between paragraphs.
 */
export const parseText = (text: string): ParsedDocument => {
  const doc = emptyDocument('text');
  const bodyBlocks = readHead(splitBlocks(text), doc);
  doc.sections = groupSections(bodyBlocks.flatMap(blockUnits));
  return doc;
};

/** A news headline runs to about 15 words; longer first lines are prose. */
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_CHARS = 150;
const isHeadline = (line: string): boolean =>
  !isHeaderLine(line) &&
  isShortLine(line, MAX_HEADLINE_WORDS, MAX_HEADLINE_CHARS, HEADLINE_PROSE_END);

/**
 * Consumes the head of the file (inline date header, headline, header lines) into `doc`
 * and returns the blocks of the body. The inline date may open the file or the body.
 */
const readHead = (blocks: string[][], doc: ParsedDocument): string[][] => {
  const rest = blocks.map((block) => block.slice());
  const dated = takeInlineDate(rest, doc);
  const first = rest[0];
  if (
    first &&
    rest.length > 1 &&
    isHeadline(first[0] ?? '') &&
    first.slice(1).every(isHeaderLine)
  ) {
    doc.title = first[0];
    first.shift();
  }
  consumeHeaderLines(rest, doc);
  if (!dated) takeInlineDate(rest, doc);
  return rest;
};

const takeInlineDate = (rest: string[][], doc: ParsedDocument): boolean => {
  const block = rest[0];
  const afterDate = block?.[0] === undefined ? null : readInlineDate(block[0], doc);
  if (block === undefined || afterDate === null) return false;
  if (afterDate === '') block.shift();
  else block[0] = afterDate;
  if (block.length === 0) rest.shift();
  return true;
};

const consumeHeaderLines = (rest: string[][], doc: ParsedDocument): void => {
  for (let block = rest[0]; block !== undefined; block = rest[0]) {
    let read = 0;
    while (read < block.length && readHeaderLine(block[read] ?? '', doc)) read++;
    if (read < block.length) {
      block.splice(0, read);
      return;
    }
    rest.shift();
  }
};
