import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_MODEL_SOURCE } from '#lambdas/ingest/language-model-file.ts';
import { eldModelData } from '#lambdas/ingest/write-language-model.ts';
import {
  chooseLanguage,
  detectorFromModelFile,
  useLanguageModelFile,
} from '#shared/extract/language.ts';
import { decodeNgramModel, encodeNgramModel } from '#shared/extract/language-model.ts';

const eldData = await eldModelData();
const fileBytes = new Uint8Array(readFileSync(LANGUAGE_MODEL_SOURCE));
const { eld } = await import('eld/extrasmall');

describe('language-model.bin', () => {
  it('is eld’s extrasmall model, byte for byte (else run npm run language-model)', () => {
    expect(Buffer.from(fileBytes).equals(Buffer.from(encodeNgramModel(eldData)))).toBe(true);
  });

  it('answers every n-gram of eld’s model with eld’s scores, and nothing else', () => {
    const model = decodeNgramModel(fileBytes);
    expect(model.type).toBe(eldData.type);
    expect(model.languages).toEqual(eldData.languages);
    const keys = Object.keys(eldData.ngrams);
    expect(keys.length).toBeGreaterThan(40_000);
    const wrong = keys.filter((key) => {
      const ours = model.ngrams[key];
      const theirs = eldData.ngrams[key];
      return JSON.stringify(ours) !== JSON.stringify(theirs);
    });
    expect(wrong).toEqual([]);
    for (const absent of [' zzzq', 'qqqq', '', 'abcdefgh', '\u0100abc', '__proto__'])
      expect(model.ngrams[absent]).toBeUndefined();
  });

  it('refuses a truncated or foreign file', () => {
    expect(() => decodeNgramModel(fileBytes.subarray(0, 1000))).toThrow(/truncated/);
    expect(() => decodeNgramModel(new TextEncoder().encode('{"type":"XS60"}'))).toThrow(
      /not a version 1/,
    );
  });
});

/** Words drawn from the model's own n-grams, so every language and script gets exercised. */
const sampleTexts = (count: number): string[] => {
  const pieces = Object.keys(eldData.ngrams)
    .map((key) => key.trim())
    .filter((piece) => /^[\x21-\x7e]+$/.test(piece));
  const texts: string[] = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed;
  };
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 3 + (next() % 40) }, () => pieces[next() % pieces.length]);
    texts.push(words.join(next() % 3 === 0 ? ', ' : ' '));
  }
  return texts;
};

const SCRIPTS = [
  'Der Gemeinderat hat am Montag beschlossen, die Fähre fahren zu lassen.',
  'Le conseil municipal a décidé lundi de maintenir le service de ferry.',
  'Городской совет в понедельник решил сохранить паромное сообщение.',
  'Η δημοτική αρχή αποφάσισε τη Δευτέρα να διατηρήσει το πλοίο.',
  '市议会周一决定在整个冬季维持渡轮服务。',
  'מועצת העיר החליטה ביום שני להמשיך את שירות המעבורת.',
  'नगर परिषद ने सोमवार को नौका सेवा जारी रखने का फैसला किया।',
  'Byrådet besluttede mandag at lade færgen sejle hele vinteren.',
  "don't stop: it's the council's ferry, isn’t it?",
];

describe('detection with the model file', () => {
  const ours = detectorFromModelFile(fileBytes);

  it('gives eld’s answer on every sample', () => {
    const texts = [...SCRIPTS, ...sampleTexts(1500)];
    const differing = texts.filter(
      (text) => ours.detect(text).language !== eld.detect(text).language,
    );
    expect(differing).toEqual([]);
    expect(new Set(texts.map((text) => ours.detect(text).language)).size).toBeGreaterThan(10);
  });
});

describe('useLanguageModelFile', () => {
  it('reads the file on the first detection, once, and never for a declared language', () => {
    let reads = 0;
    useLanguageModelFile(() => {
      reads += 1;
      return fileBytes;
    });

    expect(chooseLanguage('de', SCRIPTS[0] ?? '')).toBe('de');
    expect(reads).toBe(0);
    expect(chooseLanguage(undefined, SCRIPTS[0] ?? '')).toBe('de');
    expect(chooseLanguage(undefined, SCRIPTS[1] ?? '')).toBe('fr');
    expect(reads).toBe(1);
  });
});
