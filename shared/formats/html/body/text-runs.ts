/**
 * The paragraphs an element writes without `<p>`: runs of its own inline text, ended by
 * a block child or by a blank line (two `<br>`s in a row). Pages built from `<div>`s
 * and `<br>`s (old CMS templates, forum posts, text pasted into a `<section>`) hold
 * their story this way; each run is then scored as the paragraph it reads as, not the
 * whole element as one.
 */

export interface TextRun {
  chars: number;
  commas: number;
}

/** Two line breaks with nothing between them end a paragraph; one is a line of it. */
const BREAKS_PER_PARAGRAPH = 2;

/** Counts runs while an element's children are measured, in document order. */
export class RunCounter {
  readonly runs: TextRun[] = [];
  private current: TextRun = { chars: 0, commas: 0 };
  private breaks = 0;

  /** Visible inline text (a text node, an inline child). */
  text(chars: number, commas: number): void {
    if (this.breaks >= BREAKS_PER_PARAGRAPH) this.end();
    this.breaks = 0;
    this.current.chars += chars;
    this.current.commas += commas;
  }

  lineBreak(): void {
    this.breaks += 1;
  }

  /** A block child: the run before it is over. */
  end(): void {
    if (this.current.chars > 0) this.runs.push(this.current);
    this.current = { chars: 0, commas: 0 };
    this.breaks = 0;
  }

  finish(): TextRun[] {
    this.end();
    return this.runs;
  }
}
