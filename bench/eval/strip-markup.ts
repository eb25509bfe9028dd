import { Parser } from 'htmlparser2';
import { UsageError } from '#local/command-line/usage-error.ts';

/**
 * A generalisation check: pages outside the development corpus often carry far less
 * metadata markup than the corpus pages the rules were written against. Removing that
 * markup from the corpus pages before extraction scores the rules on what is left (the
 * visible page), a cheap proxy for such pages.
 */

/** The markup sources `--strip` can remove. */
export const STRIP_SOURCES = ['json-ld', 'meta', 'time', 'microdata', 'title'] as const;
export type StripSource = (typeof STRIP_SOURCES)[number];

/** What each source removes, for the report. */
export const STRIP_DESCRIPTIONS: Readonly<Record<StripSource, string>> = {
  'json-ld': '<script type="application/ld+json"> elements',
  meta: '<meta> elements with name, property or itemprop (and http-equiv other than content-type)',
  time: 'the datetime attribute of <time> (its text kept)',
  microdata: 'itemprop, itemscope and itemtype attributes',
  title: 'the <title> element',
};

/** Parses `--strip`: a comma list of sources, or `all`; an unknown name is an error. */
export const parseStripList = (list: string | undefined): StripSource[] => {
  if (list === undefined || list.trim() === '') return [];
  const names = list.split(',').map((name) => name.trim().toLowerCase());
  if (names.includes('all')) return [...STRIP_SOURCES];
  const unknown = names.filter((name) => !(STRIP_SOURCES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `--strip: unknown source ${unknown.join(', ')} (known: ${STRIP_SOURCES.join(', ')}, all).`,
    );
  }
  return STRIP_SOURCES.filter((source) => names.includes(source));
};

/** One line saying what was removed from every HTML page before extraction. */
export const stripSummary = (sources: readonly StripSource[]): string =>
  sources.length === 0
    ? 'Markup stripped before extraction: none (pages as they are).'
    : `Markup stripped from every HTML page before extraction: ${sources
        .map((source) => `${source} (${STRIP_DESCRIPTIONS[source]})`)
        .join('; ')}.`;

/** The same in a few words, for table headings. */
export const stripNote = (sources: readonly StripSource[]): string =>
  sources.length === 0 ? 'nothing stripped' : `stripped: ${sources.join(', ')}`;

/** A span of the page replaced by `text` (empty: removed). */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const LD_JSON = /^\s*application\/ld\+json\s*(?:;|$)/i;
const MICRODATA_ATTRIBUTES = ['itemprop', 'itemscope', 'itemtype'];
const NAMED_META_ATTRIBUTES = ['name', 'property', 'itemprop'];
const CONTENT_TYPE = /^\s*content-type\s*$/i;

/**
 * Removes the named sources from an HTML page. The page is read byte for byte as
 * latin1, so any charset survives untouched outside the removed spans, and is
 * tokenised once by htmlparser2's streaming parser (linear, no tree, no recursion, so
 * neither a huge nor a deeply nested page is a problem); the removals are spliced into
 * the original text, everything else is kept as it was.
 */
export const stripMarkup = (bytes: Uint8Array, sources: readonly StripSource[]): Uint8Array => {
  if (sources.length === 0) return bytes;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const edits = strippingEdits(text, new Set(sources));
  return new Uint8Array(Buffer.from(applyEdits(text, edits), 'latin1'));
};

/** The spans to remove or rewrite, in document order. */
const strippingEdits = (text: string, sources: ReadonlySet<StripSource>): Edit[] => {
  const edits: Edit[] = [];
  // `<script>` and `<title>` hold raw text, so at most one removed element is open.
  let openRemoved: { name: string; start: number } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (removesElement(name, attribs, sources)) {
          // A self-closed `<title/>` (an SVG icon's) is the tag alone: htmlparser2 closes
          // it only with its parent, and the text up to there is the page's, not the title's.
          if (name === 'meta' || text.slice(start, end).endsWith('/>')) {
            edits.push({ start, end, text: '' });
          } else openRemoved = { name, start };
          return;
        }
        const dropped = droppedAttributes(name, attribs, sources);
        if (dropped.length === 0) return;
        const selfClosing = text.slice(start, end).endsWith('/>');
        edits.push({ start, end, text: openTag(name, attribs, dropped, selfClosing) });
      },
      onclosetag(name, isImplied) {
        if (openRemoved?.name !== name) return;
        // Closed by the page's end, or by its parent's end tag (an SVG's `<title>`).
        const end = isImplied ? closedAt(parser.startIndex, text) : parser.endIndex + 1;
        edits.push({ start: openRemoved.start, end, text: '' });
        openRemoved = undefined;
      },
    },
    { decodeEntities: false },
  );
  parser.end(text);
  return edits.sort((a, b) => a.start - b.start);
};

/** Where an element closed without its own end tag ends: at its parent's end tag, or the page's end. */
const closedAt = (tagStart: number, text: string): number =>
  text.startsWith('</', tagStart) ? tagStart : text.length;

const removesElement = (
  name: string,
  attribs: Record<string, string>,
  sources: ReadonlySet<StripSource>,
): boolean => {
  if (name === 'script') return sources.has('json-ld') && LD_JSON.test(attribs.type ?? '');
  if (name === 'title') return sources.has('title');
  if (name === 'meta' && sources.has('meta')) {
    const equiv = attribs['http-equiv'];
    return (
      NAMED_META_ATTRIBUTES.some((attribute) => attribute in attribs) ||
      (equiv !== undefined && !CONTENT_TYPE.test(equiv))
    );
  }
  return false;
};

const droppedAttributes = (
  name: string,
  attribs: Record<string, string>,
  sources: ReadonlySet<StripSource>,
): string[] => {
  const dropped: string[] = [];
  if (name === 'time' && sources.has('time') && 'datetime' in attribs) dropped.push('datetime');
  if (sources.has('microdata')) {
    dropped.push(...MICRODATA_ATTRIBUTES.filter((attribute) => attribute in attribs));
  }
  return dropped;
};

/** The start tag again without `dropped`; values are the raw (undecoded) ones. */
const openTag = (
  name: string,
  attribs: Record<string, string>,
  dropped: readonly string[],
  selfClosing: boolean,
): string => {
  const kept = Object.entries(attribs)
    .filter(([attribute]) => !dropped.includes(attribute))
    .map(([attribute, value]) => ` ${attribute}="${value.replaceAll('"', '&quot;')}"`);
  return `<${name}${kept.join('')}${selfClosing ? ' />' : '>'}`;
};

/** The text with each edit applied; an edit inside an earlier one is skipped. */
const applyEdits = (text: string, edits: readonly Edit[]): string => {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
};
