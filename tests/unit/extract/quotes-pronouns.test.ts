import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';
import { genderOfPeople } from '#shared/extract/quotes/gender.ts';
import { extractQuotes } from '#shared/extract/quotes.ts';

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(paragraphs, extractEntities(paragraphs).mentions).map((q) => q.speaker ?? null);

describe('pronoun speakers', () => {
  it('gives `she said` to the last-named woman, past a nearer man', () => {
    const speakers = speakersOf(
      'Shop owner Emily Carter and her neighbour Richard Dale both opposed the plan.',
      '"Nobody asked the traders what they wanted," she said.',
      '"The car park will kill the high street," he said.',
    );

    expect(speakers).toEqual(['Emily Carter', 'Richard Dale']);
  });

  it('reads a gender from an honorific or a role word when the name says none', () => {
    const paragraphs = [
      'Ms Okafor-Reyes met spokesman Ade Balogun at the depot.',
      '"The trains will run," she said.',
    ];
    const { mentions } = extractEntities(paragraphs);
    const genders = genderOfPeople(paragraphs, mentions);

    expect(genders.get('Ade Balogun')).toBe('male');
    expect(extractQuotes(paragraphs, mentions)[0]?.speaker).not.toBe('Ade Balogun');
  });

  it('gives `it said` to the nearest organisation, not to a person', () => {
    const speakers = speakersOf(
      'Harbour Freight Company cut 40 jobs, manager Colin Price told staff.',
      '"The decision was not taken lightly," it said.',
    );

    expect(speakers).toEqual(['Harbour Freight Company']);
  });

  it('resolves `He said:` before a quote to the person named earlier', () => {
    expect(
      speakersOf('Head teacher Martin Cole spoke to parents.', 'He said: "Exams start on Monday."'),
    ).toEqual(['Martin Cole']);
  });

  it('looks back only a few paragraphs for the person a pronoun means', () => {
    const speakers = speakersOf(
      'Councillor Susan Pike opened the debate.',
      'The vote was delayed.',
      'Traffic was heavy.',
      'Rain fell all day.',
      'The hall was cold.',
      '"We will meet again next week," she said.',
    );

    expect(speakers).toEqual([null]);
  });
});
