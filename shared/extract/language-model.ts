/**
 * eld's `extrasmall` n-gram model, alone in a module so language.ts can load it on first
 * use: building its ~50,000-entry object is most of eld's cost at module load.
 */
export { eld as languageModel } from 'eld/extrasmall';
