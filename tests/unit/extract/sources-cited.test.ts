import { describe, expect, it } from 'vitest';
import { extractSourcesCited } from '#shared/extract/sources-cited.ts';

describe('extractSourcesCited', () => {
  it('finds agencies in wire credits, reporting verbs and interviews, by canonical name', () => {
    const paragraphs = [
      'NAIROBI, March 3 (Reuters) - Kenya raised fuel prices.',
      'Agence France-Presse reported that queues formed. A minister told the BBC it was temporary.',
    ];

    expect(extractSourcesCited(paragraphs)).toEqual(['Reuters', 'AFP', 'BBC']);
  });

  it('takes any name after `news agency`, known or not', () => {
    const paragraphs = [
      'The talks ended, according to the state news agency Belta.',
      'Rates rose, according to the Japanese news agency Kyodo.',
    ];

    expect(extractSourcesCited(paragraphs)).toEqual(['Belta', 'Kyodo']);
  });

  it('does not cite an agency name used without a citing cue', () => {
    expect(extractSourcesCited(['Michael Bloomberg bought a house in Denver.'])).toEqual([]);
  });
});

describe('extractSourcesCited on wire credits', () => {
  it('takes an unknown agency from the credit of a dateline', () => {
    expect(extractSourcesCited(['OSLO, May 2 (Nordic Wire) - Snow fell.'])).toEqual([
      'Nordic Wire',
    ]);
  });
});
