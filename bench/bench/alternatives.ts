/**
 * The alternatives timed on the same HTML inputs: Mozilla Readability (Firefox Reader
 * View) on two DOMs. Loaded on demand, so a missing devDependency is a line in the
 * report, not a crash. Each call decodes the bytes as UTF-8 and parses a fresh
 * document, since Readability mutates the one it reads; our extractor's timing also
 * includes decoding and parsing.
 */

/** An HTML-only extractor, named as the report shows it. */
export interface HtmlExtractor {
  name: string;
  extract: (bytes: Uint8Array) => unknown;
}

export interface Alternatives {
  extractors: HtmlExtractor[];
  /** One sentence per alternative that could not run, and why. */
  notes: string[];
}

interface ReadabilityModule {
  Readability: new (document: unknown) => { parse: () => unknown };
}
interface LinkedomModule {
  parseHTML: (html: string) => { document: unknown };
}
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { virtualConsole: unknown },
  ) => { window: { document: unknown; close: () => void } };
  VirtualConsole: new () => unknown;
}

/** Python trafilatura, the usual reference, cannot be installed here (npm and Debian only). */
export const TRAFILATURA_NOTE =
  'trafilatura (Python) is not available on this machine (no PyPI), so it is not in this run.';

const decoder = new TextDecoder('utf-8');

// A string specifier keeps TypeScript from wanting types for packages without them (jsdom).
const load = <M>(specifier: string): Promise<M> => import(specifier) as Promise<M>;

const linkedomExtractor = (
  readability: ReadabilityModule,
  linkedom: LinkedomModule,
): HtmlExtractor => ({
  name: 'readability+linkedom',
  extract: (bytes) => {
    const { document } = linkedom.parseHTML(decoder.decode(bytes));
    return new readability.Readability(document).parse();
  },
});

const jsdomExtractor = (readability: ReadabilityModule, jsdom: JsdomModule): HtmlExtractor => ({
  name: 'readability+jsdom',
  extract: (bytes) => {
    // A silent console: jsdom reports every CSS rule it cannot parse.
    const dom = new jsdom.JSDOM(decoder.decode(bytes), {
      virtualConsole: new jsdom.VirtualConsole(),
    });
    const article = new readability.Readability(dom.window.document).parse();
    dom.window.close();
    return article;
  },
});

const why = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const loadAlternatives = async (): Promise<Alternatives> => {
  const notes = [TRAFILATURA_NOTE];
  let readability: ReadabilityModule;
  try {
    readability = await load<ReadabilityModule>('@mozilla/readability');
  } catch (error) {
    return {
      extractors: [],
      notes: [...notes, `@mozilla/readability could not load: ${why(error)}`],
    };
  }
  const extractors: HtmlExtractor[] = [];
  try {
    extractors.push(linkedomExtractor(readability, await load<LinkedomModule>('linkedom')));
  } catch (error) {
    notes.push(`linkedom could not load: ${why(error)}`);
  }
  try {
    extractors.push(jsdomExtractor(readability, await load<JsdomModule>('jsdom')));
  } catch (error) {
    notes.push(`jsdom could not load: ${why(error)}`);
  }
  return { extractors, notes };
};
