import {
  bylineAfterDate,
  isBylinePrefix,
  opensWithBylineLabel,
  splitByline,
} from '../../text/byline.ts';
import { collapseSpaces } from '../../text/whitespace.ts';
import { type HtmlDocument, isElement, textOf } from './dom.ts';
import { headerNodes } from './header-dates.ts';
import { findHeadline } from './headline.ts';
import { linesOf } from './lines.ts';
import { isSignature } from './name-shape.ts';
import { sectionNames } from './title-context.ts';
import { unlabelledBylineNames } from './unlabelled-byline.ts';

/**
 * How far after the headline's start a plain-text byline is looked for: headline, dek
 * and byline come first on article pages; a `By ...` line further down is a quote, a
 * related story or a footer credit.
 */
const MAX_BYLINE_OFFSET_CHARS = 600;

/**
 * A byline in plain visible text by the headline (`<p>By Jane Doe</p>` with no class to
 * name it), the commonest layout on templates without byline markup. Only a line that
 * opens with a byline label (`By`, `Von`, `Par`, `Author:`...) and names full names
 * counts, or one of names and a date (`unlabelledBylineNames`), so a dek or a kicker is
 * never read as a name.
 */
export const plainBylineNearHeadline = (document: HtmlDocument): string[] => {
  const headline = findHeadline(document);
  if (!headline) return [];
  const { nodes, offsets } = headerNodes(headline);
  let label = '';
  for (const [index, node] of nodes.entries()) {
    if (node === headline) continue;
    if ((offsets[index] ?? Number.POSITIVE_INFINITY) > MAX_BYLINE_OFFSET_CHARS) break;
    const lines = isElement(node)
      ? linesOf(node, { keepTimes: true, skipsScreenReaderText: true })
      : [collapseSpaces(textOf(node))];
    // `von <strong>Jane Doe</strong>` loose in a big block: the label and the name are
    // sibling nodes, read here one by one, so a bare label is carried onto the next line.
    if (label !== '' && lines[0] !== undefined) lines[0] = `${label} ${lines[0]}`;
    label = lines.length === 1 && isBylinePrefix(lines[0] ?? '') ? (lines[0] ?? '') : '';
    for (const line of lines) {
      const labelled = opensWithBylineLabel(line) ? line : bylineAfterDate(line);
      const names = labelled
        ? splitByline(labelled).filter(isSignature)
        : unlabelledBylineNames(line).filter((name) => !isSectionName(name, document));
      if (names.length > 0) return names;
    }
  }
  return [];
};

/** `Local Politics | March 5, 2025`: a section the page files the article under is no writer. */
const isSectionName = (name: string, document: HtmlDocument): boolean =>
  sectionNames(document).some((section) => section.toLowerCase() === name.toLowerCase());
