import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';
import { extractQuotes } from '#shared/extract/quotes.ts';

const speakersOf = (...paragraphs: string[]) =>
  extractQuotes(paragraphs, extractEntities(paragraphs).mentions).map((q) => q.speaker ?? null);

describe('quote speakers after the quote', () => {
  it('takes the name after `said <role>`', () => {
    expect(
      speakersOf('"The road will be closed all week," said site engineer Tariq Mahmood.'),
    ).toEqual(['Tariq Mahmood']);
  });

  it('takes the name before its verb, the role in front of it', () => {
    expect(speakersOf('"We will appeal the ruling," club secretary Diane Walsh said.')).toEqual([
      'Diane Walsh',
    ]);
  });

  it('takes a name followed by an apposition and then its verb', () => {
    const paragraph =
      '"Prices have doubled since spring," Frank Dobson, a market gardener from Ely, said.';

    expect(speakersOf(paragraph)).toEqual(['Frank Dobson']);
  });

  it('keeps the quote of `said <Name>, a <role>`', () => {
    const paragraph =
      '"The hall has needed a new roof for years," said Alan Reid, a local builder.';

    expect(extractQuotes([paragraph], extractEntities([paragraph]).mentions)).toEqual([
      { text: 'The hall has needed a new roof for years', speaker: 'Alan Reid', paragraph: 0 },
    ]);
  });

  it('takes the name after `according to`, and nobody after `according to a statement`', () => {
    expect(
      speakersOf(
        '"Demand is falling for the first time in years," according to analyst Maria Lopez.',
        '"Orders are steady across all our markets," according to a statement from the firm.',
      ),
    ).toEqual(['Maria Lopez', null]);
  });

  it('gives nobody to a quote whose attribution names nobody', () => {
    expect(
      speakersOf(
        'Janet Pryce chaired the meeting.',
        'Tempers rose. "This is a disgrace," one resident shouted.',
      ),
    ).toEqual([null]);
  });
});

describe('quote speakers before the quote', () => {
  it('takes the subject that speaks before a colon', () => {
    expect(
      speakersOf('Fire chief Owen Bell told reporters: "The building is not safe to enter."'),
    ).toEqual(['Owen Bell']);
  });

  it('passes over an owner to the person who speaks', () => {
    const paragraph =
      'The trust\'s finance director, Dr Paul Nash, said the deficit was "entirely avoidable".';

    expect(speakersOf(paragraph)).toEqual(['Paul Nash']);
  });

  it('keeps a short quoted sentence that continues a speaker', () => {
    expect(
      speakersOf('"We tried everything to save the shop," said Ruth Ellis. "It was not enough."'),
    ).toEqual(['Ruth Ellis', 'Ruth Ellis']);
  });
});

describe('verbs of saying in attributions', () => {
  it('does not read a name such as `United States` as the verb `states`', () => {
    const paragraph =
      'The Finnish Foreign Ministry criticised the "excessive use of force" by the United States in the region.';

    expect(speakersOf(paragraph)).toEqual(['Finnish Foreign Ministry']);
  });
});

describe('quotes that are not speech', () => {
  it('drops titles and scare quotes and gives a review no speaker', () => {
    const quotes = extractQuotes(
      [
        'The theatre opens with "Night Harbour" on a stretch locals know as "the long mile".',
        'One critic called the play "a triumph of small gestures".',
      ],
      [],
    );

    expect(quotes).toEqual([{ text: 'a triumph of small gestures', paragraph: 1 }]);
  });
});
