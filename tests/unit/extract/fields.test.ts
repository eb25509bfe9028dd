import { describe, expect, it } from 'vitest';
import { chooseAuthors } from '#shared/extract/authors.ts';
import { readDateline } from '#shared/extract/dateline.ts';
import { chooseKeywords } from '#shared/extract/keywords.ts';
import { assembleText } from '#shared/extract/sections.ts';

describe('assembleText', () => {
  it('writes sub-headings and paragraphs into the body, keeps headings out of paragraphs, drops empty sections', () => {
    const text = assembleText([
      { heading: null, paragraphs: ['One.', 'Two.'] },
      { heading: 'Empty', paragraphs: [] },
      { heading: 'Later', paragraphs: ['Three.'] },
    ]);

    expect(text).toEqual({
      sections: [
        { heading: null, paragraphs: ['One.', 'Two.'] },
        { heading: 'Later', paragraphs: ['Three.'] },
      ],
      paragraphs: ['One.', 'Two.', 'Three.'],
      body: 'One.\n\nTwo.\n\nLater\n\nThree.',
      lede: 'One.',
    });
  });
});

describe('readDateline', () => {
  it('reads the place and the day from a wire dateline', () => {
    expect(readDateline('LISBON, Jan 14 (Harbour Wire) - Boats stayed in port.')).toEqual({
      place: 'Lisbon',
      rest: 'Boats stayed in port.',
      monthDay: 'Jan 14',
    });
  });

  it.each([
    ['NEW YORK (AP) — Trains ran late.', 'New York', 'Trains ran late.'],
    ['PORTLAND, Maine — Snow fell overnight.', 'Portland, Maine', 'Snow fell overnight.'],
  ])('reads the place from %s', (lede, place, rest) => {
    expect(readDateline(lede)).toEqual({ place, rest });
  });

  it('finds none in an ordinary lede', () => {
    expect(readDateline('The Mayor - who was late - spoke first.')).toBeUndefined();
  });
});

describe('chooseAuthors and chooseKeywords', () => {
  it('cleans author names and drops profile links and repeats', () => {
    expect(
      chooseAuthors(['By Ann Lee', 'ann lee', 'https://social.example/ann', ' Bo  Kim ']),
    ).toEqual(['Ann Lee', 'Bo Kim']);
  });

  it('de-duplicates keywords ignoring case', () => {
    expect(chooseKeywords(['Sea', 'sea', ' moon ', ''])).toEqual(['Sea', 'moon']);
  });
});
