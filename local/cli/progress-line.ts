/** A terminal is redrawn at most this often: faster is flicker, not news. */
const TTY_REFRESH_MS = 100;
/** Without a terminal (a log, CI), a plain line this often says the work goes on. */
const PLAIN_INTERVAL_MS = 5_000;
const CLEAR_LINE = '\r\x1b[2K';

export interface ProgressSink {
  /** Writes raw text to a terminal's stderr; undefined when stderr is not a terminal. */
  redraw?: (text: string) => void;
  /** Prints one whole line on stderr (used when there is no terminal). */
  printError: (line: string) => void;
  now?: () => number;
}

export interface ProgressLine {
  /** The newest state; shown now or at the next refresh, never more often than useful. */
  update: (text: string) => void;
  /** Runs `print` with the line out of the way, so a printed line does not mix with it. */
  around: (print: () => void) => void;
  /** Removes the line for good (before the summary). */
  done: () => void;
}

/**
 * One status line for long work: on a terminal, a single line rewritten in place on
 * stderr (as `aws s3 cp` shows its progress); elsewhere a plain line every few seconds,
 * so a log shows the work is alive without one line per file.
 */
export const createProgressLine = ({
  redraw,
  printError,
  now = Date.now,
}: ProgressSink): ProgressLine => {
  let shownAt = Number.NEGATIVE_INFINITY;
  let text = '';
  let visible = false;
  const show = () => {
    if (redraw === undefined) printError(text);
    else redraw(`${CLEAR_LINE}${text}`);
    visible = redraw !== undefined;
    shownAt = now();
  };
  const hide = () => {
    if (visible) redraw?.(CLEAR_LINE);
    visible = false;
  };
  return {
    update: (next) => {
      text = next;
      // The first plain line waits a whole interval: a short run prints none.
      if (redraw === undefined && shownAt === Number.NEGATIVE_INFINITY) shownAt = now();
      const interval = redraw === undefined ? PLAIN_INTERVAL_MS : TTY_REFRESH_MS;
      if (now() - shownAt >= interval) show();
    },
    around: (print) => {
      const wasVisible = visible;
      hide();
      print();
      if (wasVisible) show();
    },
    done: hide,
  };
};
