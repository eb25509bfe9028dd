/** Reading score-body.mjs's `--per-page` TSV: id, tp, fp, fn, precision, recall, exact. */

export interface PageScore {
  id: string;
  precision: number;
  recall: number;
  f1: number;
}

const harmonic = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** An empty cell (no prediction, or no gold) scores 0 for that side. */
export const parsePageScores = (tsv: string): PageScore[] =>
  parsePageCells(tsv).map(({ id, precision, recall }) => {
    const p = precision ?? 0;
    const r = recall ?? 0;
    return { id, precision: p, recall: r, f1: harmonic(p, r) };
  });

/** The `count` pages with the lowest F1, worst first; ties keep file order. */
export const worstPages = (pages: readonly PageScore[], count: number): PageScore[] =>
  [...pages].sort((a, b) => a.f1 - b.f1).slice(0, count);

/** One page's scorer cells as written: an empty cell is "not counted", not zero. */
export interface PageCells {
  id: string;
  precision: number | null;
  recall: number | null;
}

const cellOrNull = (cell: string | undefined): number | null => {
  const value = Number.parseFloat(cell ?? '');
  return Number.isFinite(value) ? value : null;
};

export const parsePageCells = (tsv: string): PageCells[] =>
  tsv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', , , , precision, recall] = line.split('\t');
      return { id, precision: cellOrNull(precision), recall: cellOrNull(recall) };
    });

const meanOf = (values: readonly number[]): number =>
  values.length > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;

/**
 * score-body.mjs's F1 over any subset of pages: the harmonic mean of the macro
 * precision (pages with a prediction) and the macro recall (pages with a gold).
 */
export const macroF1 = (pages: readonly PageCells[]): number => {
  const precision = meanOf(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = meanOf(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  return harmonic(precision, recall);
};
