/** Reading score-body.mjs's `--per-page` TSV: id, tp, fp, fn, precision, recall, exact. */

export interface PageScore {
  id: string;
  precision: number;
  recall: number;
  f1: number;
}

/** An empty cell (no prediction, or no gold) scores 0 for that side. */
const cellNumber = (cell: string | undefined): number => {
  const value = Number.parseFloat(cell ?? '');
  return Number.isFinite(value) ? value : 0;
};

const harmonic = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

export const parsePageScores = (tsv: string): PageScore[] =>
  tsv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', , , , precision, recall] = line.split('\t');
      const p = cellNumber(precision);
      const r = cellNumber(recall);
      return { id, precision: p, recall: r, f1: harmonic(p, r) };
    });

/** The `count` pages with the lowest F1, worst first; ties keep file order. */
export const worstPages = (pages: readonly PageScore[], count: number): PageScore[] =>
  [...pages].sort((a, b) => a.f1 - b.f1).slice(0, count);
