import { DomHandler, Parser } from 'htmlparser2';
import { activeLimits, spendWork } from '../domain/work-budget.ts';
import { TooDeepError } from './too-deep.ts';

/** The parsed tree of an HTML or XML file (domhandler's `Document`). */
export type MarkupDocument = DomHandler['root'];

/**
 * Characters handed to the tokenizer at a time: the work budget is charged per chunk,
 * so a file past its budget stops within one chunk, at one call per 64 KiB.
 */
const CHUNK_CHARS = 64 * 1024;

type Attributes = Parameters<DomHandler['onopentag']>[1];

/**
 * domhandler's tree builder that refuses to open an element past the nesting limit.
 * Its own stack of open elements follows the parser's implied end tags (HTML's `<p>`
 * closing an open `<p>`, void elements), so what it counts is the tree's real depth.
 */
class DepthGuardedHandler extends DomHandler {
  constructor(
    options: { xmlMode: boolean },
    private readonly what: string,
    private readonly maxDepth: number,
  ) {
    super(undefined, options);
  }

  override onopentag(name: string, attribs: Attributes): void {
    // tagStack holds the document root plus every open element.
    if (this.tagStack.length > this.maxDepth) throw new TooDeepError(this.what, this.maxDepth);
    super.onopentag(name, attribs);
  }
}

/**
 * Parses HTML (or XML with `xmlMode`) into a tree in time linear in its length: the depth
 * is checked as each element opens (htmlparser2's own open-element stack costs time per
 * level, so a file nested 400k deep would take minutes to parse whole), and the tokenizer
 * is charged against the file's work budget chunk by chunk. Throws `TooDeepError` past
 * `maxNestingDepth`.
 */
export const parseMarkup = (source: string, options: { xmlMode: boolean }): MarkupDocument => {
  const what = options.xmlMode ? 'XML' : 'HTML';
  const handler = new DepthGuardedHandler(options, what, activeLimits().maxNestingDepth);
  const parser = new Parser(handler, { xmlMode: options.xmlMode, decodeEntities: true });
  for (let start = 0; start < source.length; start += CHUNK_CHARS) {
    const chunk = source.slice(start, start + CHUNK_CHARS);
    spendWork(chunk.length, 'tokenize');
    parser.write(chunk);
  }
  parser.end();
  return handler.root;
};
