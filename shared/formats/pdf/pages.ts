import { activeLimits, spendWork } from '../../domain/work-budget.ts';
import {
  type ContentResources,
  type ContentText,
  type FormXObject,
  IDENTITY,
  type Matrix,
  readContent,
} from './content.ts';
import { type FontBudget, loadFont, MAX_FONT_TABLE_ENTRIES, type PdfFont } from './fonts.ts';
import { type PdfFile, PdfLimitError } from './objects.ts';
import { arrayOf, dictOf, nameOf, type PdfDict, PdfRef, type PdfValue } from './syntax.ts';

/**
 * The text of every page, in page-tree order, each page's content streams read with its
 * (inherited) resources: fonts loaded once per font object, form XObjects read in place.
 * A file with no page tree to follow has its content-like streams read in file order,
 * with WinAnsi for every font.
 */
export type PageText = ContentText;

/** Pages read at most: far beyond an article, short of a hostile page tree's billions. */
const MAX_PAGES = 2000;
/** Page-tree depth followed: balanced trees of millions of pages are 5-6 deep. */
const MAX_TREE_DEPTH = 32;
/**
 * Content chars interpreted in all, forms drawn again and again included, per byte the
 * upload may expand to: a page draws its content about once; past twice is repetition.
 */
const CONTENT_CHARS_PER_EXPANDED_BYTE = 2;
/**
 * Work units a content char costs: interpreting it (operands, matrices, decoding, layout
 * runs) costs several times a tokenizer's char; content is 3-5x the file's bytes.
 */
const CONTENT_UNITS_PER_CHAR = 8;

interface Page {
  contents: PdfValue | undefined;
  resources: PdfDict | undefined;
}

/** `cut`: the page tree goes on past `MAX_PAGES`, so the text read is not the whole file's. */
export const readPages = (file: PdfFile): { pages: PageText[]; cut: boolean } => {
  const reader = new PageReader(file);
  const { pages, cut } = collectPages(file);
  if (pages.length === 0) return { pages: reader.looseStreams(), cut };
  return { pages: pages.map((page) => reader.page(page)), cut };
};

/** The trailer's (or cross-reference stream's) /Root; the last one is the latest update. */
const ROOT_REF = /\/Root\s+(\d+)\s+\d+\s+R/g;

const findCatalog = (file: PdfFile): PdfDict | undefined => {
  const isCatalog = (dict: PdfDict | undefined) => nameOf(dict?.get('Type')) === 'Catalog';
  const num = [...file.raw.matchAll(ROOT_REF)].at(-1)?.[1];
  const root = num === undefined ? undefined : dictOf(file.objects.get(Number(num))?.value);
  if (isCatalog(root)) return root;
  return [...file.objects.values()].map((object) => dictOf(object.value)).findLast(isCatalog);
};

const collectPages = (file: PdfFile): { pages: Page[]; cut: boolean } => {
  const catalog = findCatalog(file);
  const pages: Page[] = [];
  let cut = false;
  // Nodes and Kids arrays are walked once each: a cyclic or shared tree ends, linearly.
  const seen = new Set<PdfDict | PdfValue[]>();
  const walk = (node: PdfDict | undefined, inherited: PdfDict | undefined, depth: number) => {
    if (!node || seen.has(node) || depth > MAX_TREE_DEPTH) return;
    if (pages.length >= MAX_PAGES) {
      cut = true;
      return;
    }
    seen.add(node);
    const resources = dictOf(file.get(node, 'Resources')) ?? inherited;
    const kids = arrayOf(file.get(node, 'Kids'));
    if (!kids) pages.push({ contents: node.get('Contents'), resources });
    if (!kids || seen.has(kids)) return;
    seen.add(kids);
    spendWork(kids.length, 'pdf page tree');
    for (const kid of kids) walk(dictOf(file.resolve(kid)), resources, depth + 1);
  };
  walk(dictOf(file.get(catalog, 'Pages')), undefined, 0);
  return { pages, cut };
};

class PageReader {
  private readonly file: PdfFile;
  private readonly fonts = new Map<PdfDict, PdfFont>();
  private readonly fontBudget: FontBudget = { entries: MAX_FONT_TABLE_ENTRIES };
  private readonly forms = new Map<PdfDict, string>();
  private work = CONTENT_CHARS_PER_EXPANDED_BYTE * activeLimits().maxExpandedBytes;

  constructor(file: PdfFile) {
    this.file = file;
  }

  page(page: Page): PageText {
    const streams = arrayOf(this.file.resolve(page.contents)) ?? [page.contents];
    // Each stream is charged as it is read: one listed 100,000 times stops early.
    const content = streams.map((ref) => this.charge(this.file.streamData(ref))).join('\n');
    return readContent(content, this.resources(page.resources));
  }

  /** Streams that look like page content (a plain dictionary, text operators inside). */
  looseStreams(): PageText[] {
    const texts: PageText[] = [];
    for (const [num, object] of this.file.objects) {
      const dict = dictOf(object.value);
      if (object.streamStart === undefined || !dict || !isPlainStream(dict)) continue;
      const content = this.file.streamData(new PdfRef(num));
      if (content.includes('BT')) texts.push(readContent(this.charge(content), NO_RESOURCES));
    }
    return texts;
  }

  private resources(dict: PdfDict | undefined): ContentResources {
    const fonts = dictOf(this.file.get(dict, 'Font'));
    const xobjects = dictOf(this.file.get(dict, 'XObject'));
    return {
      font: (name) => this.font(dictOf(this.file.get(fonts, name))),
      form: (name) => this.form(xobjects?.get(name), dict),
    };
  }

  private font(dict: PdfDict | undefined): PdfFont | undefined {
    if (!dict) return undefined;
    let font = this.fonts.get(dict);
    if (!font) {
      font = loadFont(this.file, dict, this.fontBudget);
      this.fonts.set(dict, font);
    }
    return font;
  }

  private form(ref: PdfValue | undefined, pageResources: PdfDict | undefined) {
    const dict = dictOf(this.file.resolve(ref));
    if (!dict || nameOf(dict.get('Subtype')) !== 'Form') return undefined;
    let content = this.forms.get(dict);
    if (content === undefined) {
      content = this.file.streamData(ref);
      this.forms.set(dict, content);
    }
    const resources = dictOf(this.file.get(dict, 'Resources')) ?? pageResources;
    const form: FormXObject = {
      content: this.charge(content),
      resources: this.resources(resources),
      matrix: matrixOf(this.file, dict.get('Matrix')),
    };
    return form;
  }

  /**
   * Counts content against the content limit and the work budget, so that re-drawn forms
   * and re-listed streams cannot multiply it unbounded (a stream that is not there still
   * costs its look-up): past the limit the PDF is a `bomb`, amplified by repetition.
   */
  private charge(content: string): string {
    const units = content.length + 1;
    spendWork(units * CONTENT_UNITS_PER_CHAR, 'pdf content');
    this.work -= units;
    if (this.work < 0) {
      throw new PdfLimitError({
        kind: 'rejected',
        reason: 'bomb',
        detail: 'The PDF draws more content than an article upload may (content drawn repeatedly).',
      });
    }
    return content;
  }
}

const NO_RESOURCES: ContentResources = { font: () => undefined, form: () => undefined };

const isPlainStream = (dict: PdfDict): boolean =>
  !['Type', 'Subtype', 'Length1', 'Length2', 'Length3'].some((key) => dict.has(key));

const matrixOf = (file: PdfFile, value: PdfValue | undefined): Matrix => {
  const items = (arrayOf(file.resolve(value)) ?? []).map((item) => file.resolve(item));
  if (items.length !== 6 || !items.every((item) => typeof item === 'number')) return IDENTITY;
  return items as unknown as Matrix;
};
