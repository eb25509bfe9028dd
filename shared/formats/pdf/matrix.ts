/**
 * The PDF's affine matrices [a b c d e f]. Points are row vectors, so `p' = p x M`, and
 * `multiply(m, n)` is "m, then n": a text matrix times the CTM places text on the page.
 */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

export const translate = (tx: number, ty: number): Matrix => [1, 0, 0, 1, tx, ty];
