import type { languageModel } from './language-model.ts';

/**
 * The article's language as an ISO 639-1 code: a declared language wins (`<html lang>`,
 * front matter `lang`, a `Language:` header), else detection on the head of the text.
 *
 * Detector: eld (Nito-ELD), its `extrasmall` n-gram set, chosen after measuring on this
 * machine with a 2 KB sample: eld 0.07 ms (about 30 MB/s), tinyld 0.9 ms, franc-min 2 ms,
 * tinyld/light 3.5 ms. It returns ISO 639-1 codes directly and knows Danish, Norwegian,
 * Finnish and Hebrew, which franc-min (82 languages by speaker count) misreads, e.g.
 * Danish as Dutch. Its cost: about 1 MB of bundle (290 KB gzipped) and about 0.5 s to
 * build its model, against 35 ms for franc-min; at the per-article saving that pays
 * back after a few hundred articles per container, and keeps text extraction well above
 * 1 MB/s. The model is built on the first detection, not at cold start: a page that
 * declares its language never pays for it.
 */
export const chooseLanguage = (declared: string | undefined, text: string): string | undefined =>
  fromDeclared(declared) ?? detectLanguage(text);

/** Detection reads only this much text: a few paragraphs settle it, and cost stays flat. */
const LANGUAGE_SAMPLE_CHARS = 2048;
/** Below this many letters detection is a guess. */
const MIN_SAMPLE_LETTERS = 20;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;
const LETTERS = /\p{L}/gu;

type LanguageModel = typeof languageModel;

/**
 * Running from source (tsx, vitest) rather than from the bundle: `import.meta.url` is
 * then this `.ts` file. There no bundler can defer the model, so it is imported ahead,
 * as a static import would.
 */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

let loaded: LanguageModel | undefined = RUNNING_FROM_SOURCE
  ? (await import('./language-model.ts')).languageModel
  : undefined;

/**
 * In the Lambda bundle, esbuild turns this `require` into a call that evaluates the
 * bundled model module on first use, synchronously, as the pipeline needs; until then
 * the model costs only its parse (bench/README.md has the figures).
 */
const detector = (): LanguageModel => {
  loaded ??= (require('./language-model.ts') as typeof import('./language-model.ts')).languageModel;
  return loaded;
};

const fromDeclared = (declared: string | undefined): string | undefined =>
  declared?.trim().match(LANGUAGE_TAG)?.[1]?.toLowerCase();

export const detectLanguage = (text: string): string | undefined => {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  if ((sample.match(LETTERS)?.length ?? 0) < MIN_SAMPLE_LETTERS) return undefined;
  const { language } = detector().detect(sample);
  return language === '' ? undefined : language;
};
