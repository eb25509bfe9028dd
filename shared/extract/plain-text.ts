import type { Block } from '../domain/record.ts';
import { spendWork } from '../domain/work-budget.ts';
import type { DocumentSection, ParsedDocument } from '../formats/document.ts';
import { scanTag } from './plain-text-tag.ts';

/**
 * Stored text is plain text. Parsers decode entities, so `&lt;script&gt;` in a page's
 * text or a JSON-LD author becomes a literal `<script>`; this module strips such markup
 * (tags, comments, declarations, `<script>`/`<style>` with their content) and keeps the
 * text between the tags. A `<` that opens no tag (`a < b`, `x<y`, `I <3 NY`,
 * `<jane@example.com>`, the Korean `<제목>` title marks) is text and stays.
 *
 * Linear time: the scan jumps from one `<` to the next, each tag scan stops at the
 * next `<` outside a quoted value (plain-text-tag.ts), and a closer that is missing
 * (`-->`, `</script>`, a quote) is looked for only once per string. The characters looked
 * at are charged to the work budget.
 */

/** `<!DOCTYPE ...>`, `<?xml ...?>` and other declarations or processing instructions. */
const DECLARATION = /<[!?][A-Za-z][^<>]*>/y;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
/** Elements whose content is code, not text: dropped with their tags. */
const RAW_TEXT_CLOSE = new Map([
  ['script', /<\/script\s*>/gi],
  ['style', /<\/style\s*>/gi],
]);

/**
 * Element names read as tags even with bare-word attributes. Any other name is a tag only
 * when its attributes are all `name=value` or it has none, so prose such as `<your name>`
 * stays while `<x onerror=...>` goes. Custom (`my-card`) and namespaced (`o:p`) names count.
 */
const KNOWN_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo big blink blockquote body br ' +
    'button canvas caption center cite code col colgroup data datalist dd del details dfn ' +
    'dialog div dl dt em embed fieldset figcaption figure font footer form frame frameset ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend ' +
    'li link main map mark marquee math menu meta meter nav nobr noscript object ol ' +
    'optgroup option output p param picture pre progress q rp rt ruby s samp script search ' +
    'section select slot small source span strike strong style sub summary sup svg table ' +
    'tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'
  ).split(' '),
);
/** Elements that separate words: removing them leaves a space, not a join. */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 ' +
    'h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** A custom (`my-card`) or namespaced (`o:p`) name; `https:` of `<https://...>` is not one. */
const HAS_NAME_MARK = /[-:][a-z\d]/;
const LEADING_SPACE = /^\s+/;

/** A piece of markup found at a `<`: where it ends and whether it separated words. */
interface Markup {
  end: number;
  block: boolean;
}

/** Text with its markup removed; text without a `<` comes back as it was. */
export const toPlainText = (text: string): string => {
  if (!text.includes('<')) return text;
  const out = new PlainBuilder();
  const closers = new MissingClosers();
  let kept = 0;
  let from = 0;
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', from)) {
    const markup = markupAt(text, lt, closers);
    from = markup ? markup.end : lt + 1;
    if (!markup) continue;
    out.text(text.slice(kept, lt));
    out.cut(markup.block);
    kept = markup.end;
  }
  closers.charge();
  if (kept === 0) return text;
  out.text(text.slice(kept));
  // Removing a tag can put a combining mark next to its base letter: compose again.
  return out.result().normalize('NFC');
};

/** The document with every text it states made plain (dates and the URL are not text). */
export const toPlainDocument = (document: ParsedDocument): ParsedDocument => ({
  ...document,
  ...optionalText('title', document.title),
  ...optionalText('subtitle', document.subtitle),
  ...optionalText('publisher', document.publisher),
  ...optionalText('dateline', document.dateline),
  authors: plainList(document.authors),
  keywords: plainList(document.keywords),
  sections: document.sections.map(plainSection),
});

const plainSection = (section: DocumentSection): DocumentSection => ({
  heading: section.heading === null ? null : toPlainText(section.heading) || null,
  paragraphs: section.paragraphs.map(toPlainText),
  ...(section.blocks ? { blocks: section.blocks.map(plainBlock) } : {}),
});

const plainBlock = (block: Block): Block => {
  switch (block.type) {
    case 'list':
      return { ...block, items: block.items.map(toPlainText) };
    case 'table': {
      const { caption, ...table } = block;
      const plainCaption = caption === undefined ? '' : toPlainText(caption);
      return {
        ...table,
        rows: block.rows.map((cells) => cells.map(toPlainText)),
        ...(plainCaption === '' ? {} : { caption: plainCaption }),
      };
    }
    case 'figure':
      return {
        ...block,
        caption: toPlainText(block.caption),
        ...(block.credit === undefined ? {} : { credit: toPlainText(block.credit) }),
      };
    default:
      return { ...block, text: toPlainText(block.text) };
  }
};

const plainList = (values: readonly string[]): string[] =>
  values.map(toPlainText).filter((value) => value !== '');

const optionalText = <K extends string>(key: K, value: string | undefined) =>
  (value === undefined ? {} : { [key]: toPlainText(value) }) as Partial<Record<K, string>>;

const markupAt = (text: string, lt: number, closers: MissingClosers): Markup | undefined => {
  if (!opensMarkup(text.charCodeAt(lt + 1))) return undefined;
  if (text.startsWith(COMMENT_OPEN, lt)) {
    const close = closers.find(text, COMMENT_CLOSE, lt + COMMENT_OPEN.length);
    return close === -1 ? undefined : { end: close + COMMENT_CLOSE.length, block: false };
  }
  DECLARATION.lastIndex = lt;
  if (DECLARATION.test(text)) return { end: DECLARATION.lastIndex, block: true };
  const { tag, scanned } = scanTag(text, lt, closers.findQuote);
  closers.spend(scanned);
  if (!tag) return undefined;
  const name = tag.name.toLowerCase();
  if (!readsAsTag(name, tag.bareAttribute)) return undefined;
  const rawClose = tag.closing ? undefined : RAW_TEXT_CLOSE.get(name);
  if (rawClose) {
    return { end: closers.findRawEnd(text, name, rawClose, tag.end) ?? tag.end, block: true };
  }
  return { end: tag.end, block: BLOCK_ELEMENTS.has(name) };
};

/** What follows the `<` of markup: an ASCII letter, `/`, `!` or `?` (`a < b`, `<3` open none). */
const opensMarkup = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || MARKUP_MARKS.has(code);
const MARKUP_MARKS = new Set([0x2f, 0x21, 0x3f]);

const readsAsTag = (name: string, bareAttribute: boolean): boolean =>
  KNOWN_ELEMENTS.has(name) || HAS_NAME_MARK.test(name) || !bareAttribute;

/** Work units spent at once: one charge per few thousand characters scanned. */
const CHARGE_EVERY = 4096;

/**
 * Closers already known to be absent after some point, so a string full of unclosed
 * `<!--`, `<script>` or `x="` openers is searched once, not once per opener; and the
 * characters the scan looked at, charged to the work budget as they add up.
 */
class MissingClosers {
  private readonly missingFrom = new Map<string, number>();
  private unchargedWork = 0;

  spend(units: number): void {
    this.unchargedWork += units;
    if (this.unchargedWork >= CHARGE_EVERY) this.charge();
  }

  charge(): void {
    if (this.unchargedWork > 0) spendWork(this.unchargedWork, 'plain-text');
    this.unchargedWork = 0;
  }

  readonly findQuote = (text: string, quote: string, from: number): number =>
    this.find(text, quote, from);

  find(text: string, closer: string, from: number): number {
    const missing = this.missingFrom.get(closer);
    if (missing !== undefined && from >= missing) return -1;
    const found = text.indexOf(closer, from);
    if (found === -1) this.missingFrom.set(closer, from);
    return found;
  }

  /** Where a raw-text element ends (past its end tag), or undefined when it never does. */
  findRawEnd(text: string, name: string, close: RegExp, from: number): number | undefined {
    const missing = this.missingFrom.get(name);
    if (missing !== undefined && from >= missing) return undefined;
    close.lastIndex = from;
    const found = close.exec(text);
    if (found === null) this.missingFrom.set(name, from);
    return found === null ? undefined : close.lastIndex;
  }
}

/**
 * Joins the text around removed markup: whitespace on either side of a cut (or a block
 * element) becomes one space, text touching both sides joins (`<b>bo</b>ld` -> `bold`);
 * whitespace away from the cuts is left as the parser gave it.
 */
class PlainBuilder {
  private readonly parts: string[] = [];
  private pendingCut = false;
  private pendingSpace = false;

  text(piece: string): void {
    let rest = piece;
    if (this.pendingCut) {
      const lead = rest.match(LEADING_SPACE)?.[0].length ?? 0;
      if (lead > 0) this.pendingSpace = true;
      rest = rest.slice(lead);
      if (rest === '') return;
      if (this.pendingSpace && this.parts.length > 0) this.parts.push(' ');
      this.pendingCut = false;
      this.pendingSpace = false;
    }
    if (rest !== '') this.parts.push(rest);
  }

  cut(block: boolean): void {
    const trimmed = this.trimTrailingSpace();
    this.pendingCut = true;
    this.pendingSpace ||= block || trimmed;
  }

  result(): string {
    return this.parts.join('');
  }

  /** Drops whitespace at the end of the output; says whether there was any. */
  private trimTrailingSpace(): boolean {
    let trimmed = false;
    for (let last = this.parts.at(-1); last !== undefined; last = this.parts.at(-1)) {
      const kept = last.trimEnd();
      if (kept.length === last.length) break;
      trimmed = true;
      if (kept !== '') {
        this.parts[this.parts.length - 1] = kept;
        break;
      }
      this.parts.pop();
    }
    return trimmed;
  }
}
