import { readFileSync } from 'node:fs';

/** The model file's name beside the bundle (the construct copies it there). */
export const LANGUAGE_MODEL_FILE_NAME = 'language-model.bin';

/** The checked-in model, written by `npm run language-model` from eld's own. */
export const LANGUAGE_MODEL_SOURCE = new URL(
  `../../shared/extract/${LANGUAGE_MODEL_FILE_NAME}`,
  import.meta.url,
);

/**
 * Where the model is for the code running now: beside the bundle (`index.mjs`) on
 * Lambda and in the local stack, in shared/extract when running from source.
 */
export const languageModelFile = (moduleUrl: string): URL =>
  moduleUrl.endsWith('.ts') ? LANGUAGE_MODEL_SOURCE : new URL(LANGUAGE_MODEL_FILE_NAME, moduleUrl);

/** The model's bytes; called on the first detection, never at init. */
export const readLanguageModelFile = (): Uint8Array =>
  new Uint8Array(readFileSync(languageModelFile(import.meta.url)));
