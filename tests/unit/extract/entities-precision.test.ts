import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';

const entitiesOf = (paragraphs: string[], language?: string) =>
  extractEntities(paragraphs, language).entities;
const names = (paragraphs: string[], kind: string, language?: string) =>
  entitiesOf(paragraphs, language)
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();
const allNames = (paragraphs: string[], language?: string) =>
  entitiesOf(paragraphs, language).map((e) => e.name);

describe('extractEntities: sentence openers are no part of a name', () => {
  const column = [
    'The photo app changed its business accounts again this week.',
    'Maybe Instagram likes it that way. Perhaps Facebook does too.',
    'Critics could only scream, “Make Trump just go away.” Questioning Vindman took hours.',
    'Sadly Microsoft declined to comment.',
    'Users still love Instagram and Facebook; few can hear of Trump or Vindman without a sigh.',
  ];

  it('drops an adverb, an imperative or a gerund before a name', () => {
    const all = allNames(column);
    for (const junk of ['Maybe Instagram', 'Perhaps Facebook', 'Make Trump', 'Questioning Vindman'])
      expect(all).not.toContain(junk);
    expect(all.some((name) => name.startsWith('Sadly'))).toBe(false);
  });

  it('keeps a first name that looks like an adverb (Kelly, Emily)', () => {
    const text = ['Emily Watson said she was late. Kelly Clarkson said she sang first.'];
    expect(names(text, 'person')).toEqual(['Emily Watson', 'Kelly Clarkson']);
  });
});

describe('extractEntities: one person however the text names them', () => {
  const story = [
    'President Donald J. Trump spoke at the rally on Friday.',
    'Donald Trump later said the crowd was large. Mr. Trump then left, and Trump’s Twitter account went quiet.',
    'His fans read Twitter all day.',
  ];

  it('joins the middle initial, the honorific and the surname to one person', () => {
    const people = entitiesOf(story).filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Donald J. Trump');
    expect(people[0]?.mentions).toBe(4);
  });

  it("splits an owner from what they own (Trump's Twitter is no person)", () => {
    expect(allNames(story)).not.toContain('Trump’s Twitter');
  });

  it("keeps a country's or body's own organs whole", () => {
    const text = ['Britain’s Conservative Party met in Manchester.'];
    expect(names(text, 'organisation')).toEqual(['Britain’s Conservative Party']);
  });
});

describe('extractEntities: a lone word that speaks', () => {
  it('is a person when it is a known first name', () => {
    const text = ['Martha said the garden needed rain. Later Martha added that it was late.'];
    expect(names(text, 'person')).toEqual(['Martha']);
    expect(names(text, 'organisation')).toEqual([]);
  });

  it('is the person whose surname it is, even when the full name comes later', () => {
    const text = [
      'Schiff said the hearing would continue.',
      'Representative Adam Schiff opened the session.',
    ];
    expect(names(text, 'person')).toEqual(['Adam Schiff']);
    expect(names(text, 'organisation')).toEqual([]);
  });

  it('is otherwise a company or body, but never a generic plural', () => {
    const text = ['Globex said sales rose. Officials said nothing.'];
    expect(names(text, 'organisation')).toEqual(['Globex']);
  });
});

describe('extractEntities: sports clubs', () => {
  const report = [
    'Manchester United beat Real Madrid 2-1 in the league match, and FC Porto drew with Brentford FC.',
    'The striker scored twice for Manchester City this season.',
    'Fans flew to Mexico City for the final.',
  ];

  it('files clubs named by generic markup as organisations', () => {
    const orgs = names(report, 'organisation');
    for (const club of [
      'Manchester United',
      'Real Madrid',
      'FC Porto',
      'Brentford FC',
      'Manchester City',
    ])
      expect(orgs).toContain(club);
    expect(names(report, 'person')).toEqual([]);
  });

  it('keeps a city with City in its name a place outside sports copy', () => {
    const text = ['Officials in Mexico City and Kansas City met on Monday.'];
    expect(names(text, 'organisation')).toEqual([]);
  });
});

describe('extractEntities: short forms of places', () => {
  it('knows NYC, D.C. and NRW', () => {
    const text = [
      'The mayor of NYC met lawmakers in Washington, D.C., before visiting NRW in Germany.',
    ];
    expect(names(text, 'place')).toEqual([
      'Germany',
      'New York City',
      'North Rhine-Westphalia',
      'Washington',
    ]);
  });
});

describe('extractEntities in a language other than English', () => {
  const german = [
    'Die Modernisierung der Wirtschaft kommt in Zukunft nur langsam voran.',
    'Teamchef Michael Kohlmann sagte, die Mannschaft sei bereit. Frau Weber widersprach.',
    'Setzen Sie auf Qualität, erklärte Herr Schmidt in Deutschland. Es sprach Prof. Dr. Anna Lang.',
    'Die Diät der Stoffwechsel und das Modell der Macht bleiben Themen.',
  ];

  it('takes people only with a strong cue: a first name, Herr or Frau', () => {
    expect(names(german, 'person', 'de')).toEqual([
      'Anna Lang',
      'Michael Kohlmann',
      'Schmidt',
      'Weber',
    ]);
  });

  it('makes no people of capitalised nouns and no places of `in` + a noun', () => {
    const all = allNames(german, 'de');
    for (const junk of [
      'Modernisierung der Wirtschaft',
      'Setzen Sie',
      'Modell der Macht',
      'Zukunft',
    ])
      expect(all).not.toContain(junk);
    expect(names(german, 'place', 'de')).toEqual(['Deutschland']);
  });

  it('keeps names with a first name in languages that write nouns in lowercase', () => {
    const french = ['Le ministre Jean-Paul Delevoye a démissionné, a rapporté la presse.'];
    expect(names(french, 'person', 'fr')).toEqual(['Jean-Paul Delevoye']);
  });
});
