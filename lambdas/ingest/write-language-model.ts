/**
 * `npm run language-model`: writes shared/extract/language-model.bin from the model eld
 * ships (`eld/extrasmall`), after an eld upgrade. A unit test fails until it is rerun.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { encodeNgramModel, type NgramModelData } from '#shared/extract/language-model.ts';
import { LANGUAGE_MODEL_SOURCE } from './language-model-file.ts';

/** eld's `extrasmall` data, read from the module beside the entry eld exports. */
export const eldModelData = async (): Promise<NgramModelData> => {
  const entry = import.meta.resolve('eld/extrasmall');
  const module = (await import(new URL('../ngrams/extrasmall.js', entry).href)) as {
    ngramsData: NgramModelData;
  };
  return module.ngramsData;
};

export const writeLanguageModel = async (): Promise<number> => {
  const bytes = encodeNgramModel(await eldModelData());
  writeFileSync(LANGUAGE_MODEL_SOURCE, bytes);
  return bytes.byteLength;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = await writeLanguageModel();
  console.log(`${fileURLToPath(LANGUAGE_MODEL_SOURCE)}: ${size} bytes`);
}
