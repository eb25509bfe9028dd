import { FALLBACK_FONT, type PdfFont } from './fonts.ts';
import { LineBuilder, type PdfLine, WORD_GAP_EM } from './layout.ts';
import { IDENTITY, type Matrix, multiply, translate } from './matrix.ts';
import { contentOperations } from './operations.ts';
import { PdfString, type PdfValue } from './syntax.ts';

export type { PdfLine } from './layout.ts';
export { IDENTITY, type Matrix } from './matrix.ts';

/**
 * The text operators of a content stream read into lines. It follows the graphics state
 * (`q`/`Q`/`cm`) and the text state (`Tf`, `Tc`, `Tw`, `Tz`, `TL`, the positioning `Td`
 * `TD` `Tm` `T*`), so that every shown string (`Tj`, `TJ`, `'`, `"`) lands where it is
 * drawn and the layout can tell word gaps and line breaks; form XObjects (`Do`) are read
 * in place. Strings are decoded by the current font.
 */
export interface ContentResources {
  font(name: string): PdfFont | undefined;
  form(name: string): FormXObject | undefined;
}

export interface FormXObject {
  content: string;
  resources: ContentResources;
  matrix: Matrix;
}

export interface ContentText {
  lines: PdfLine[];
  /** Codes shown in fonts that map them to no text (CID fonts without ToUnicode). */
  unreadable: number;
}

/** Forms inside forms: real files nest two or three deep; more is a loop or hostile. */
const MAX_FORM_DEPTH = 8;
/**
 * Saved states (`q`) and marked-content sequences kept open at most; deeper ones are only
 * counted, so that millions of `q` cannot fill memory (readers allow some 28 `q` levels).
 */
const MAX_NESTING = 256;

interface TextState {
  font: PdfFont;
  size: number;
  charSpace: number;
  wordSpace: number;
  scale: number;
  leading: number;
}

class ContentReader {
  readonly layout = new LineBuilder();
  unreadable = 0;
  private ctm: Matrix = IDENTITY;
  private stack: Array<{ ctm: Matrix; text: TextState }> = [];
  private unsavedStates = 0;
  /** Open marked-content sequences, true for artifacts (running heads, page numbers). */
  private markedContent: boolean[] = [];
  private untrackedMarks = 0;
  /** Artifacts open: tagged PDFs (Word, LibreOffice) mark page furniture so, and we skip it. */
  private artifacts = 0;
  private tm: Matrix = IDENTITY;
  private tlm: Matrix = IDENTITY;
  private text: TextState = {
    font: FALLBACK_FONT,
    size: 1,
    charSpace: 0,
    wordSpace: 0,
    scale: 1,
    leading: 0,
  };

  read(content: string, resources: ContentResources, depth: number): void {
    for (const { op, args } of contentOperations(content))
      this.operator(op, args, resources, depth);
  }

  private operator(op: string, args: PdfValue[], resources: ContentResources, depth: number) {
    const n = (i: number): number => {
      const value = args.at(i);
      return typeof value === 'number' ? value : 0;
    };
    const t = this.text;
    switch (op) {
      case 'q':
        if (this.stack.length < MAX_NESTING) this.stack.push({ ctm: this.ctm, text: { ...t } });
        else this.unsavedStates++;
        break;
      case 'Q':
        if (this.unsavedStates > 0) this.unsavedStates--;
        else ({ ctm: this.ctm, text: this.text } = this.stack.pop() ?? { ctm: this.ctm, text: t });
        break;
      case 'cm':
        this.ctm = multiply([n(-6), n(-5), n(-4), n(-3), n(-2), n(-1)], this.ctm);
        break;
      case 'BT':
        this.tm = IDENTITY;
        this.tlm = IDENTITY;
        break;
      case 'Tf': {
        const name = args.at(-2);
        t.font = (typeof name === 'string' && resources.font(name)) || FALLBACK_FONT;
        t.size = n(-1);
        break;
      }
      case 'Tc':
        t.charSpace = n(-1);
        break;
      case 'Tw':
        t.wordSpace = n(-1);
        break;
      case 'Tz':
        t.scale = n(-1) / 100;
        break;
      case 'TL':
        t.leading = n(-1);
        break;
      case 'TD':
        t.leading = -n(-1);
        this.moveLine(n(-2), n(-1));
        break;
      case 'Td':
        this.moveLine(n(-2), n(-1));
        break;
      case 'Tm':
        this.tlm = [n(-6), n(-5), n(-4), n(-3), n(-2), n(-1)];
        this.tm = this.tlm;
        this.layout.markMove();
        break;
      case 'T*':
        this.moveLine(0, -t.leading);
        break;
      case 'Tj':
        this.show(args.at(-1));
        break;
      case "'":
        this.moveLine(0, -t.leading);
        this.show(args.at(-1));
        break;
      case '"':
        t.wordSpace = n(-3);
        t.charSpace = n(-2);
        this.moveLine(0, -t.leading);
        this.show(args.at(-1));
        break;
      case 'TJ':
        this.showArray(args.at(-1));
        break;
      case 'Do':
        this.drawForm(resources.form(String(args.at(-1))), depth);
        break;
      case 'BMC':
      case 'BDC':
        this.openMarkedContent(args[0] === 'Artifact');
        break;
      case 'EMC':
        if (this.untrackedMarks > 0) this.untrackedMarks--;
        else if (this.markedContent.pop()) this.artifacts--;
        break;
    }
  }

  private openMarkedContent(artifact: boolean): void {
    if (this.markedContent.length >= MAX_NESTING) {
      this.untrackedMarks++;
      return;
    }
    this.markedContent.push(artifact);
    if (artifact) this.artifacts++;
  }

  private moveLine(tx: number, ty: number): void {
    this.tlm = multiply(translate(tx, ty), this.tlm);
    this.tm = this.tlm;
    this.layout.markMove();
  }

  private showArray(items: PdfValue | undefined): void {
    if (!Array.isArray(items)) return;
    const t = this.text;
    for (const item of items) {
      if (typeof item === 'number') {
        this.tm = multiply(translate((-item / 1000) * t.size * t.scale, 0), this.tm);
        if (-item >= WORD_GAP_EM * 1000) this.layout.markKern();
      } else this.show(item);
    }
  }

  /**
   * Shows a string. Glyphs go to the layout in runs: a run ends where the spacing after a
   * glyph (Tc, or Tw after a space) is wide enough to be a word gap, since justifiers spread
   * words by character spacing as well as by offsets; the layout then weighs the gap.
   */
  private show(value: PdfValue | undefined): void {
    if (!(value instanceof PdfString) || this.artifacts > 0) return;
    const t = this.text;
    if (!t.font.readable) this.unreadable += value.bytes.length;
    const m = multiply(this.tm, this.ctm);
    const size = Math.abs(t.size) * Math.hypot(m[2], m[3]);
    const gapWidth = WORD_GAP_EM * Math.abs(t.size);
    let x = 0;
    let run = '';
    let runX = 0;
    let measured = true;
    for (const code of t.font.decode(value.bytes)) {
      if (run === '') runX = x;
      run += code.text;
      measured &&= !Number.isNaN(code.width);
      x += ((code.width || 0) / 1000) * t.size;
      const spacing = t.charSpace + (code.wordSpace ? t.wordSpace : 0);
      if (Math.abs(spacing) >= gapWidth && run !== '') {
        this.addRun(m, runX, x, size, run, measured);
        run = '';
        measured = true;
      }
      x += spacing;
    }
    if (run !== '') this.addRun(m, runX, x, size, run, measured);
    this.tm = multiply(translate(x * t.scale, 0), this.tm);
  }

  /** A run from text-space x `from` to `to` (unscaled by Tz) on the current baseline. */
  private addRun(
    m: Matrix,
    from: number,
    to: number,
    size: number,
    text: string,
    measured: boolean,
  ) {
    const scale = this.text.scale;
    const at = (tx: number) => [tx * scale * m[0] + m[4], tx * scale * m[1] + m[5]] as const;
    const [x, y] = at(from);
    this.layout.add({ x, y, size, text, endX: measured ? at(to)[0] : Number.NaN });
  }

  private drawForm(form: FormXObject | undefined, depth: number): void {
    if (!form || depth >= MAX_FORM_DEPTH) return;
    const saved = { ctm: this.ctm, text: { ...this.text }, tm: this.tm, tlm: this.tlm };
    this.ctm = multiply(form.matrix, this.ctm);
    this.read(form.content, form.resources, depth + 1);
    ({ ctm: this.ctm, text: this.text, tm: this.tm, tlm: this.tlm } = saved);
  }
}

export const readContent = (content: string, resources: ContentResources): ContentText => {
  const reader = new ContentReader();
  reader.read(content, resources, 0);
  reader.layout.endLine();
  return { lines: reader.layout.lines, unreadable: reader.unreadable };
};
