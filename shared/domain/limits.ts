/**
 * Every limit the pipeline enforces on one file, with why it has its value. The stack
 * passes them to the function as configuration (CDK context -> environment, see
 * `lambdas/ingest/config.ts`), and `extract` applies the same ones, so a file gets the
 * same outcome wherever it is read. A file past a limit is a `rejected` record with a
 * stable reason code, never an exception that would be retried.
 */
export interface Limits {
  /** Largest object the function fetches (`too-large`). */
  maxObjectBytes: number;
  /** Bytes all containers of one upload may expand to together (`bomb`). */
  maxExpandedBytes: number;
  /** Largest expansion ratio once the output passes 1 MiB (`bomb`). */
  maxExpansionRatio: number;
  /** Most entries a zip may list (`too-large`). */
  maxZipEntries: number;
  /** Most articles one file may hold (`too-large`). */
  maxItemsPerObject: number;
  /** Deepest element nesting read in HTML and XML, checked while tokenizing (`too-deep`). */
  maxNestingDepth: number;
  /** Most elements one HTML or XML file may build into a tree (`too-large`): the tree's memory. */
  maxElements: number;
  /**
   * Most characters of Markdown handed to the lexer (`too-large`): the library lexes the
   * whole text at once, with no budget check inside.
   */
  maxMarkdownChars: number;
  /**
   * Work units (about one per character handled by a tokenizer, tree builder, text
   * assembly or annotation pass) a file may spend per byte of its input, with a floor
   * of `minWorkUnits` (`over-budget`). Deterministic: the same bytes give the same
   * outcome on any machine, under any load.
   */
  workUnitsPerByte: number;
  /** The work every file may spend, however small. */
  minWorkUnits: number;
  /**
   * Wall-clock milliseconds one file may take to read and annotate (`over-budget`): the
   * backstop for work that is linear but slow per unit, so a file ends well before the
   * function's timeout. Only where a clock is given (the function, `extract`).
   */
  maxFileMs: number;
  /** Characters of body text annotated (entities, quotes, dates); the rest is kept but not annotated. */
  maxAnnotatedChars: number;
}

/** What each limit is for, in the words the README and RELIABILITY.md use. */
export const LIMIT_REASONS: Record<keyof Limits, string> = {
  maxObjectBytes: 'bytes + decoded text + parse tree must stay under the function memory',
  maxExpandedBytes: 'a compression bomb must stop after little output, whatever headers declare',
  maxExpansionRatio: 'text compresses 3-10x; 100x and more is padding or a bomb',
  maxZipEntries: 'a DOCX has 10-30 entries; thousands is not an article upload',
  maxItemsPerObject: 'each article is a record write within one function call',
  maxNestingDepth: 'real pages stay under about 100 levels; deeper is generated or hostile',
  maxElements: 'a tree node costs about 250 bytes; real pages hold tens of thousands',
  maxMarkdownChars:
    'the lexer takes seconds and ~100 bytes of memory per character of a long table',
  workUnitsPerByte: 'linear passes spend a few units per byte; superlinear blow-ups stop early',
  minWorkUnits: 'small files get room for every pass',
  maxFileMs: 'a slow file must end well before the function timeout, leaving room for others',
  maxAnnotatedChars: 'annotation passes cost most per character; long texts keep their body',
};

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  /**
   * Peak RSS building one generated article (bench/memory/peak-memory.ts, heap 896 MiB of
   * the function's 1024 MB), MiB at 10 / 20 / 25 MB: text 220 / - / 292, HTML 228 / 319 /
   * 314, Markdown 229 / - / 320, JSON 227 / - / 335, NITF 222 / - / 304; worst, a NITF whose
   * unclosed bylines repeat its text until the work budget stops it: 439 / 690 / 838. 20 MiB
   * keeps that worst case under 70% of 1024 MB.
   */
  maxObjectBytes: 20 * 1024 * 1024,
  maxExpandedBytes: 50 * 1024 * 1024,
  maxExpansionRatio: 100,
  maxZipEntries: 1000,
  maxItemsPerObject: 500,
  maxNestingDepth: 400,
  /**
   * A 20 MB page of one `<p>` every 5 bytes (4 million elements) peaked at 1083 MiB, over
   * the function's 1024 MB; real pages hold one element per 37 bytes or more (a 20 MB
   * real page: ~550k).
   */
  maxElements: 1_000_000,
  /** A 10 MiB Markdown table peaked at 1018 MiB and took 7.4 s; 2 MiB of it fits easily. */
  maxMarkdownChars: 2 * 1024 * 1024,
  /**
   * bench/memory/work-used.ts on 487 inputs (corpus pages and golden fixtures): units per
   * byte p50 1.6, p90 3.1, p99 9.1, max 11.7; 40 is 3.4x over the largest. A larger file
   * spends less per byte: its annotation is capped.
   */
  workUnitsPerByte: 40,
  /** The most any of those inputs used is 5.2 million units: 20 million is 3.8x that. */
  minWorkUnits: 20_000_000,
  /**
   * The largest allowed files take 3-5 s here (text, HTML of 20 MB), about twice that on
   * a 1024 MB function's share of a vCPU; real articles (< 1 MB) take well under 1 s.
   */
  maxFileMs: 10_000,
  /**
   * A build annotating 200,000 characters written to be slow (thousands of quotes and
   * names) takes 0.6-0.8 s; 400,000 up to 1.4 s.
   */
  maxAnnotatedChars: 200_000,
});

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>;

/** `maxObjectBytes` -> `MAX_OBJECT_BYTES`: the environment variable (and context key) of a limit. */
export const limitVariable = (name: keyof Limits): string =>
  `LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/**
 * The defaults with the overrides given as `LIMIT_*` strings (from the function's
 * environment or a command line). A value that is not a positive integer is an error
 * naming the variable, so a mistyped setting fails at start, not per file.
 */
export const limitsFrom = (values: Record<string, string | undefined>): Limits => {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const name of LIMIT_NAMES) {
    const variable = limitVariable(name);
    const raw = values[variable];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`${variable} must be a positive integer, not '${raw}'.`);
    }
    limits[name] = value;
  }
  return limits;
};

/** Every limit as its `LIMIT_*` variable (what `limitsFrom` reads back), defaults included. */
export const limitVariables = (limits: Limits): Record<string, string> =>
  Object.fromEntries(LIMIT_NAMES.map((name) => [limitVariable(name), String(limits[name])]));
