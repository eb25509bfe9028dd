import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';

const rolesOf = (name: string, ...paragraphs: string[]) =>
  extractEntities(paragraphs).entities.find((e) => e.name === name)?.roles;

describe('role phrases of quote speakers', () => {
  it('keeps the whole role before a name, not just its noun', () => {
    expect(
      rolesOf('Kevin Marsh', "The council's operations director, Kevin Marsh, said so."),
    ).toEqual(['operations director']);
    expect(rolesOf('Margaret Osei', 'Head librarian Margaret Osei said it was painful.')).toEqual([
      'Head librarian',
    ]);
  });

  it('takes descriptive words only where a noun phrase may begin', () => {
    expect(
      rolesOf('David Okafor', 'According to regional transport manager David Okafor, it works.'),
    ).toEqual(['regional transport manager']);
    expect(rolesOf('Anne Boyd', 'He met chief executive Anne Boyd on Friday.')).toEqual([
      'chief executive',
    ]);
  });

  it('reads a role in apposition after a name, with its owner left out', () => {
    expect(rolesOf('Alan Reid', 'said Alan Reid, a local shopkeeper who visits weekly.')).toEqual([
      'local shopkeeper',
    ]);
    expect(
      rolesOf('Martin Greaves', "said Martin Greaves, the transport authority's head of planning."),
    ).toEqual(['head of planning']);
  });

  it('splits a describing word that opens the sentence from the name', () => {
    expect(rolesOf('Harold Dunn', 'Pensioner Harold Dunn, 81, says he will struggle.')).toEqual([
      'Pensioner',
    ]);
  });
});
