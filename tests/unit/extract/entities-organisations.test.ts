import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';

const entitiesOf = (paragraphs: string[]) => extractEntities(paragraphs).entities;
const named = (paragraphs: string[], name: string) =>
  entitiesOf(paragraphs).find((e) => e.name === name);
const namesOf = (paragraphs: string[], kind: string) =>
  entitiesOf(paragraphs)
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();

describe('extractEntities: one organisation under several names', () => {
  const diplomacy = [
    'The Russian Foreign Ministry summoned the Estonian ambassador on Thursday over what it called a provocation in the Baltic Sea.',
    'The Foreign Ministry said the envoy was handed a note of protest. The ministry did not say whether further steps would follow.',
    'Later the Ministry published the text of the note on its website.',
  ];

  it('merges short forms and references into the full name and sums the mentions', () => {
    expect(named(diplomacy, 'Russian Foreign Ministry')).toEqual({
      kind: 'organisation',
      name: 'Russian Foreign Ministry',
      aliases: ['Foreign Ministry', 'the ministry', 'the Ministry'],
      roles: [],
      mentions: 4,
    });
    expect(namesOf(diplomacy, 'organisation')).toEqual(['Russian Foreign Ministry']);
  });

  it('leaves a short form alone when two organisations could own it', () => {
    const text = [
      'The Russian Foreign Ministry and the Estonian Foreign Ministry traded statements.',
      'The Foreign Ministry in Tallinn said talks were over. The ministry gave no reason.',
    ];

    expect(named(text, 'Russian Foreign Ministry')?.mentions).toBe(1);
    expect(named(text, 'Estonian Foreign Ministry')?.mentions).toBe(1);
  });

  it('takes an acronym defined in brackets, or spelled by a name, as an alias', () => {
    const text = [
      'The North Atlantic Treaty Organization (NATO) will meet in Vilnius. NATO said the agenda was set.',
      'The World Health Organization sent experts. WHO officials arrived on Monday.',
    ];

    expect(named(text, 'North Atlantic Treaty Organization')).toMatchObject({
      aliases: ['NATO'],
      mentions: 3,
    });
    expect(named(text, 'World Health Organization')).toMatchObject({
      aliases: ['WHO'],
      mentions: 2,
    });
    expect(namesOf(text, 'organisation')).toEqual([
      'North Atlantic Treaty Organization',
      'World Health Organization',
    ]);
  });

  it('keeps a body that opens a title as an organisation of its own', () => {
    const text = ['WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva.'];

    expect(named(text, 'Tedros Adhanom Ghebreyesus')?.roles).toEqual(['WHO Director-General']);
    expect(namesOf(text, 'organisation')).toEqual(['WHO']);
  });

  it('does not merge names that share words in another order', () => {
    const text = [
      'She studied at the University of Washington before moving to Washington University in St. Louis.',
    ];

    expect(namesOf(text, 'organisation')).toEqual([
      'University of Washington',
      'Washington University',
    ]);
  });
});

describe('extractEntities: `the company` and its kin', () => {
  it('refers `the company` to the one company the text names', () => {
    const text = [
      'Harbour Freight Holdings reported record profits on Tuesday.',
      'The company said demand in Asia had recovered, and the company will raise its dividend.',
    ];

    expect(named(text, 'Harbour Freight Holdings')).toMatchObject({
      aliases: ['the company'],
      mentions: 3,
    });
  });

  it('refers `the company` to nothing when two companies could be meant', () => {
    const text = [
      'Harbour Freight Holdings bought a stake in Kestrel Logistics Corp.',
      'The company said the deal would close in June.',
    ];

    for (const entity of entitiesOf(text)) expect(entity.aliases).not.toContain('the company');
  });

  it('refers `the company` to nothing when a bare name could be the company meant', () => {
    const text = [
      'Zenlo said it would cut jobs, and Atlas Media Group reported the story first.',
      'The company has lost money for three years.',
    ];

    for (const entity of entitiesOf(text)) expect(entity.aliases).not.toContain('the company');
  });

  it('refers `the university` to the one university named', () => {
    const text = [
      'Researchers at the University of Tartu mapped the lake bed.',
      'The university will publish the data in April.',
    ];

    expect(named(text, 'University of Tartu')).toMatchObject({
      aliases: ['the university'],
      mentions: 2,
    });
  });
});

describe('extractEntities: mentions for quote speakers', () => {
  it('resolves `the ministry` to the organisation, so a quote after it has a speaker', () => {
    const text = [
      'The Estonian Foreign Ministry summoned the envoy.',
      '"This will not go unanswered," the ministry said.',
    ];
    const { mentions } = extractEntities(text);
    const start = text[1]?.indexOf('the ministry') ?? -1;

    expect(mentions).toContainEqual({
      paragraph: 1,
      start,
      end: start + 'the ministry'.length,
      kind: 'organisation',
      name: 'Estonian Foreign Ministry',
    });
  });

  it('does not merge `Office of Management` into `Office of Personnel Management`', () => {
    const text = [
      'The Office of Personnel Management and the Office of Management and Budget disagreed.',
    ];

    expect(namesOf(text, 'organisation')).toContain('Office of Personnel Management');
    expect(named(text, 'Office of Personnel Management')?.aliases).toEqual([]);
  });
});

describe('extractEntities: people by surname', () => {
  it('counts a surname written before and after the full name for the same person', () => {
    const text = [
      'Okafor was the first to arrive. Chinedu Okafor said the bridge had held.',
      'Later Mr Okafor added that repairs would start next week.',
    ];

    expect(named(text, 'Chinedu Okafor')).toMatchObject({ aliases: ['Okafor'], mentions: 3 });
    expect(namesOf(text, 'organisation')).toEqual([]);
  });

  it('keeps a title with a suffix inside the run (`President-elect`)', () => {
    const text = ['Vice President-elect Mike Pence met President-elect Donald Trump.'];

    expect(namesOf(text, 'person')).toEqual(['Donald Trump', 'Mike Pence']);
  });

  it('takes no acronym for a surname (`Seiten der WHO`)', () => {
    const text = ['Die Seiten der WHO nennen Zahlen, und die WHO warnt.'];

    expect(namesOf(text, 'person')).toEqual([]);
  });

  it('takes no plural speaker at a sentence start for an organisation', () => {
    const text = [
      'Officials said the road would reopen. Residents said they had heard that before.',
    ];

    expect(entitiesOf(text)).toEqual([]);
  });
});
