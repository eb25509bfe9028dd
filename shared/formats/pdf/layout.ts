/**
 * Lines from positioned runs of text. The content reader reports each shown string with
 * where it starts and ends on the page (device space, y up) and its font size there; this
 * decides where words and lines break: a run on another baseline starts a line, a gap of
 * more than WORD_GAP_EM before it is a word space. Fonts without widths give no end
 * position, so for them a new text position or a wide TJ offset is taken as the space.
 */
export interface PdfLine {
  /** Where the line starts on the page, to see first-line indents. */
  x: number;
  /** Baseline height on the page (y grows upwards). */
  y: number;
  /** Font size on the page, to tell a headline's lines from the body's. */
  size: number;
  text: string;
}

export interface TextRun {
  x: number;
  y: number;
  size: number;
  text: string;
  /** Where the run ends on the baseline; NaN when the font gives no widths. */
  endX: number;
}

/** Horizontal gap, in ems, past which two runs are separate words (kerning stays below). */
export const WORD_GAP_EM = 0.2;
/** Baselines closer than this, in ems, are the same line (super- and subscripts included). */
const SAME_LINE_EM = 0.5;
/** A jump back by more than this, in ems, on the same baseline: another column or a field. */
const BACKWARD_EM = 1;
/** Control codes (a font mapping a code to U+0000, a tab) are not text: a space at most. */
const CONTROL_CHARS = /\p{Cc}+/gu;
const SPACE_AT_END = /\s$/;
const SPACE_AT_START = /^\s/;

interface OpenLine extends PdfLine {
  endX: number;
}

export class LineBuilder {
  readonly lines: PdfLine[] = [];
  private current: OpenLine | undefined;
  /** A text position was set since the last run (the unmeasured fonts' word break). */
  private moved = false;
  /** A TJ offset wider than a word gap came since the last run. */
  private kerned = false;

  markMove(): void {
    this.moved = true;
  }

  markKern(): void {
    this.kerned = true;
  }

  add(run: TextRun): void {
    const text = run.text.replace(CONTROL_CHARS, ' ');
    const line = this.current;
    if (!line || Math.abs(run.y - line.y) > SAME_LINE_EM * Math.max(run.size, line.size)) {
      this.endLine();
      this.current = { x: run.x, y: run.y, size: run.size, text, endX: run.endX };
    } else {
      if (
        this.spaceBefore(line, run) &&
        !SPACE_AT_END.test(line.text) &&
        !SPACE_AT_START.test(text)
      )
        line.text += ' ';
      line.text += text;
      line.endX = run.endX;
      line.size = Math.max(line.size, run.size);
    }
    this.moved = false;
    this.kerned = false;
  }

  endLine(): void {
    const line = this.current;
    if (line?.text.trim())
      this.lines.push({ x: line.x, y: line.y, size: line.size, text: line.text.trim() });
    this.current = undefined;
  }

  private spaceBefore(line: OpenLine, run: TextRun): boolean {
    if (Number.isNaN(line.endX)) return this.moved || this.kerned;
    const gap = run.x - line.endX;
    return gap > WORD_GAP_EM * run.size || gap < -BACKWARD_EM * run.size;
  }
}
