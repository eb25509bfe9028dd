import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '#shared/extract/language.ts';

describe('chooseLanguage', () => {
  it('takes the declared language, reduced to its primary subtag', () => {
    expect(chooseLanguage('en-GB', 'Der Zug fährt heute nicht.')).toBe('en');
  });

  it.each([
    ['en', 'The council voted on Monday to keep the ferry running through the winter months.'],
    [
      'de',
      'Der Gemeinderat hat am Montag beschlossen, die Fähre den ganzen Winter über fahren zu lassen.',
    ],
    [
      'fr',
      'Le conseil municipal a décidé lundi de maintenir le service de ferry pendant tout l’hiver.',
    ],
    ['da', 'Byrådet besluttede mandag at lade færgen sejle hele vinteren, oplyser kommunen.'],
  ])('detects %s when nothing is declared', (language, text) => {
    expect(chooseLanguage(undefined, text)).toBe(language);
  });

  it('gives no language for too little text', () => {
    expect(chooseLanguage(undefined, 'OK 42')).toBeUndefined();
  });

  it('ignores a declared value that is no language tag', () => {
    expect(
      chooseLanguage('??', 'The council voted on Monday to keep the ferry running all winter.'),
    ).toBe('en');
  });
});
