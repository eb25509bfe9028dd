import { DomHandler, Parser } from 'htmlparser2';
import { activeLimits, spendWork } from '../../domain/work-budget.ts';
import { MalformedInputError } from '../malformed.ts';
import { TooDeepError, TooLargeInputError } from '../too-deep.ts';

/** The parsed tree of an HTML or XML file (domhandler's `Document`). */
export type MarkupDocument = DomHandler['root'];

/**
 * Characters handed to the tokenizer at a time: the work budget is charged per chunk,
 * so a file past its budget stops within one chunk, at one call per 64 KiB.
 */
const CHUNK_CHARS = 64 * 1024;

/** Longest element name quoted in an error: the name is the file's, and a detail is one short line. */
const MAX_NAME_CHARS = 40;

type Attributes = Parameters<DomHandler['onopentag']>[1];

/**
 * domhandler's tree builder that refuses to open an element past the nesting limit.
 * Its own stack of open elements follows the parser's implied end tags (HTML's `<p>`
 * closing an open `<p>`, void elements), so what it counts is the tree's real depth.
 */
class DepthGuardedHandler extends DomHandler {
  private elements = 0;

  constructor(
    options: { xmlMode: boolean },
    private readonly what: string,
    private readonly limits: { maxDepth: number; maxElements: number },
  ) {
    super(undefined, options);
  }

  override onopentag(name: string, attribs: Attributes): void {
    const { maxDepth, maxElements } = this.limits;
    // tagStack holds the document root plus every open element.
    if (this.tagStack.length > maxDepth) {
      throw new TooDeepError(
        `The ${this.what} nests elements more than ${maxDepth} levels deep; the limit is ${maxDepth}.`,
      );
    }
    this.elements += 1;
    if (this.elements > maxElements) {
      throw new TooLargeInputError(
        `The ${this.what} holds more than ${maxElements} elements; the limit is ${maxElements}.`,
      );
    }
    super.onopentag(name, attribs);
  }

  /**
   * The top-level element still open, if any. Asked before the input's end closes what
   * is open: in XML nothing else closes a root element, so one still open there means
   * the file stops before its root's end tag (a truncated upload or transfer).
   */
  openRootName(): string | undefined {
    // tagStack holds the document root plus every open element.
    const root = this.tagStack[1];
    return root && 'name' in root ? root.name : undefined;
  }
}

/**
 * Parses HTML (or XML with `xmlMode`) into a tree in time linear in its length: the depth
 * is checked as each element opens (htmlparser2's own open-element stack costs time per
 * level, so a file nested 400k deep would take minutes to parse whole), and the tokenizer
 * is charged against the file's work budget chunk by chunk. Throws `TooDeepError` past
 * `maxNestingDepth`, `TooLargeInputError` past `maxElements` (the tree's memory), and
 * for XML `MalformedInputError` when the input ends before the root element is closed
 * (HTML leaves `</html>` out freely, so only XML is held to it).
 */
export const parseMarkup = (source: string, options: { xmlMode: boolean }): MarkupDocument => {
  const what = options.xmlMode ? 'XML' : 'HTML';
  const { maxNestingDepth, maxElements } = activeLimits();
  const handler = new DepthGuardedHandler(options, what, {
    maxDepth: maxNestingDepth,
    maxElements,
  });
  const parser = new Parser(handler, { xmlMode: options.xmlMode, decodeEntities: true });
  for (let start = 0; start < source.length; start += CHUNK_CHARS) {
    const chunk = source.slice(start, start + CHUNK_CHARS);
    spendWork(chunk.length, 'tokenize');
    parser.write(chunk);
  }
  const unclosed = options.xmlMode ? handler.openRootName() : undefined;
  if (unclosed !== undefined) {
    throw new MalformedInputError(
      `The XML ends before its <${unclosed.slice(0, MAX_NAME_CHARS)}> element is closed: the file is cut short.`,
    );
  }
  parser.end();
  return handler.root;
};
