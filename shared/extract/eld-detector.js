// eld exports only instances built with its models preloaded; its detector factory is
// internal. Reaching it by path lets us load the model from our own file (see
// language-model.ts) while detection stays eld's own code. eld's version is pinned.
export { createEld } from '../../node_modules/eld/src/languageDetector.js';
