import { createEld, type EldDetector } from './eld-detector.js';
import { decodeNgramModel } from './language-model.ts';

/**
 * The article's language as an ISO 639-1 code: a declared language wins (`<html lang>`,
 * front matter `lang`, a `Language:` header), else detection on the head of the text.
 *
 * Detector: eld (Nito-ELD), its `extrasmall` n-gram set, chosen after measuring on this
 * machine with a 2 KB sample: eld 0.07 ms (about 30 MB/s), tinyld 0.9 ms, franc-min 2 ms,
 * tinyld/light 3.5 ms. It returns ISO 639-1 codes directly and knows Danish, Norwegian,
 * Finnish and Hebrew, which franc-min (82 languages by speaker count) misreads, e.g.
 * Danish as Dutch. Its model ships as eld's
 * ~1 MB object literal (~0.3 s to evaluate); the function instead reads the same data
 * as a ~485 KB file beside its bundle (`language-model.bin`, see language-model.ts) on
 * the first detection, in a few milliseconds: a page that declares its language never
 * reads it.
 */
export const chooseLanguage = (declared: string | undefined, text: string): string | undefined =>
  fromDeclared(declared) ?? detectLanguage(text);

/** Detection reads only this much text: a few paragraphs settle it, and cost stays flat. */
const LANGUAGE_SAMPLE_CHARS = 2048;
/** Below this many letters detection is a guess. */
const MIN_SAMPLE_LETTERS = 20;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;
const LETTERS = /\p{L}/gu;

/**
 * Running from source (tsx, vitest) rather than from the bundle: `import.meta.url` is
 * then this `.ts` file. There, unless a model file is given, eld's own instance with
 * its bundled model serves: the same model and the same code (a unit test holds the
 * file to eld's model byte for byte).
 */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');
/** Not a literal, so that no bundler pulls eld's model (~1 MB) into the bundle. */
const ELD_WITH_MODEL: string = 'eld/extrasmall';

const eldFromSource: EldDetector | undefined = RUNNING_FROM_SOURCE
  ? ((await import(ELD_WITH_MODEL)) as { eld: EldDetector }).eld
  : undefined;

/** Reads the model file: reading is I/O, so the composition root gives it (lambdas' deps). */
let readModelFile: (() => Uint8Array) | undefined;
let detector: EldDetector | undefined;

/**
 * Where the language model comes from: `read` returns the bytes of `language-model.bin`
 * and is called once, on the first detection, so a cold start never pays for it.
 */
export const useLanguageModelFile = (read: () => Uint8Array): void => {
  readModelFile = read;
  detector = undefined;
};

/** eld's detector loaded with the model in `bytes` (the contents of `language-model.bin`). */
export const detectorFromModelFile = (bytes: Uint8Array): EldDetector => {
  const { instance, loadData } = createEld();
  loadData(decodeNgramModel(bytes));
  return instance;
};

const currentDetector = (): EldDetector => {
  if (detector) return detector;
  if (readModelFile) detector = detectorFromModelFile(readModelFile());
  else if (eldFromSource) detector = eldFromSource;
  else throw new Error('No language model: call useLanguageModelFile at init');
  return detector;
};

const fromDeclared = (declared: string | undefined): string | undefined =>
  declared?.trim().match(LANGUAGE_TAG)?.[1]?.toLowerCase();

export const detectLanguage = (text: string): string | undefined => {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  if ((sample.match(LETTERS)?.length ?? 0) < MIN_SAMPLE_LETTERS) return undefined;
  const { language } = currentDetector().detect(sample);
  return language === '' ? undefined : language;
};
