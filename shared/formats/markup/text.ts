/**
 * Text pieces joined into one line, as `collapseSpaces(pieces.join(''))` would give, in
 * memory proportional to the text. One global replace over a whole 25 MB page holds
 * about 15 times its size until it is done, and V8 keeps a replace's result strings
 * far larger than their text (about 1.5 KB for a 100-character piece), so: slices of at
 * most SLICE_CHARS, only those with something to collapse rewritten, by split and join;
 * the double spaces left where pieces meet are closed in a last split and join.
 */
const SLICE_CHARS = 64 * 1024;
const SPACE_RUNS = /\s+/;
/** Two whitespace characters in a row, or one that is not a plain space. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;
const SPACE_PAIRS = / {2,}/;

export const joinCollapsed = (pieces: readonly string[]): string => {
  const collapsed: string[] = [];
  for (const piece of pieces) {
    for (let start = 0; start < piece.length; start += SLICE_CHARS) {
      const slice = piece.length <= SLICE_CHARS ? piece : piece.slice(start, start + SLICE_CHARS);
      collapsed.push(NEEDS_COLLAPSE.test(slice) ? slice.split(SPACE_RUNS).join(' ') : slice);
    }
  }
  const joined = collapsed.join('');
  return (joined.includes('  ') ? joined.split(SPACE_PAIRS).join(' ') : joined).trim();
};

/** The characters in all the pieces. */
export const charsIn = (pieces: readonly string[]): number => {
  let chars = 0;
  for (const piece of pieces) chars += piece.length;
  return chars;
};
