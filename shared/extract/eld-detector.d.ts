import type { NgramModelData } from './language-model.ts';

/** eld's detector: the result's `language` is an ISO 639-1 code, or '' when unsure. */
export interface EldDetector {
  detect(text: string): { language: string };
}

/** eld's internal factory: an instance without a model, and the hook that loads one. */
export declare function createEld(): {
  instance: EldDetector;
  loadData(data: NgramModelData): string;
};
