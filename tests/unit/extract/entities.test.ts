import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';

const entitiesOf = (...paragraphs: string[]) => extractEntities(paragraphs).entities;
const named = (paragraphs: string[], name: string) =>
  entitiesOf(...paragraphs).find((e) => e.name === name);
const names = (paragraphs: string[], kind: string) =>
  entitiesOf(...paragraphs)
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();

describe('extractEntities', () => {
  const summit = [
    'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.',
    'Scholz said the talks were useful. The German Chancellor later flew to Brussels in mid-March.',
  ];

  it('gives people the roles written before their names and merges surnames and role references', () => {
    expect(named(summit, 'Olaf Scholz')).toEqual({
      kind: 'person',
      name: 'Olaf Scholz',
      aliases: ['Scholz', 'the German Chancellor'],
      roles: ['German Chancellor'],
      mentions: 3,
    });
    expect(named(summit, 'Emmanuel Macron')?.roles).toEqual(['French President']);
  });

  it('finds places from the gazetteer and never takes weekdays or months for entities', () => {
    expect(names(summit, 'place')).toEqual(['Brussels', 'Paris']);
    const all = entitiesOf(...summit).map((e) => e.name);
    expect(all).not.toContain('Tuesday');
    expect(all).not.toContain('March');
  });

  it('reads organisations by their heads and connectors, and skips sentence-initial common words', () => {
    const text = [
      'The Bank of England raised rates, and Acme Holdings said profits fell.',
      'Officials at the European Commission declined to comment. Officials often do.',
    ];

    expect(names(text, 'organisation')).toEqual([
      'Acme Holdings',
      'Bank of England',
      'European Commission',
    ]);
    expect(entitiesOf(...text).map((e) => e.name)).not.toContain('Officials');
  });

  it('takes a role from lowercase role words before a name (`her Chinese counterpart`)', () => {
    const text = [
      "Japan's foreign minister Yoko Kamikawa spoke with her Chinese counterpart Wang Yi.",
    ];

    expect(named(text, 'Yoko Kamikawa')?.roles).toEqual(["Japan's foreign minister"]);
    expect(named(text, 'Wang Yi')?.roles).toEqual(['Chinese counterpart']);
  });

  it('refers `the Kenyan leader` to the latest Kenyan person named before it; a demonym alone is no place', () => {
    const text = [
      'Kenyan President William Ruto visited Nairobi with Brazilian officials.',
      'The Kenyan leader promised new roads.',
    ];

    expect(named(text, 'William Ruto')?.aliases).toEqual(['the Kenyan leader']);
    expect(names(text, 'place')).toEqual(['Nairobi']);
  });

  it('maps a country alias to the fullest form the text uses and adds a compass word to seas', () => {
    const text = ['The United Kingdom and the U.K. navy patrol the western Mediterranean Sea.'];

    expect(named(text, 'United Kingdom')?.aliases).toEqual(['U.K.']);
    expect(names(text, 'place')).toContain('western Mediterranean Sea');
  });

  it('counts an unknown name as a person when a verb of saying follows it', () => {
    const text = ['Okonjo Adebayo said the port would reopen. Adebayo added that fees would rise.'];

    expect(named(text, 'Okonjo Adebayo')).toMatchObject({ kind: 'person', mentions: 2 });
  });
});

describe('extractEntities on wire copy', () => {
  it('reads an all-capital dateline word as a place, known or not', () => {
    const lisbon = entitiesOf('LISBON, Jan 14 (Harbour Wire) - The fleet stayed in port.');
    const unknown = entitiesOf('PORTHMERE, Jan 14 - The ferry kept running.');

    expect(lisbon.map((e) => [e.kind, e.name])).toEqual([['place', 'Lisbon']]);
    expect(unknown.map((e) => [e.kind, e.name])).toEqual([['place', 'Porthmere']]);
  });
});

describe('extractEntities on headings and sports copy', () => {
  it('does not take a shouted common word for an acronym, and reads a dash dateline', () => {
    const text = [
      'OSLO — Norway beat Chile in the opener. The squad falls back to third.',
      'CHILE FALLS SHORT was the headline, and NATO stayed silent.',
    ];
    const kinds = entitiesOf(...text).map((e) => [e.kind, e.name]);

    expect(kinds).toContainEqual(['place', 'Oslo']);
    expect(kinds).toContainEqual(['organisation', 'NATO']);
    expect(kinds.map(([, name]) => name)).not.toContain('FALLS');
  });

  it('ignores pool names and hyphenated descriptions after `in`', () => {
    const text = ['They play in Group B after a run in World Cup-style events in Tromsø.'];

    expect(names(text, 'place')).toEqual(['Tromsø']);
  });
});

describe('extractEntities: names that look like other things', () => {
  it('gives a place word that is a person surname in the text to the person', () => {
    const text = ['Economist Ruth Kingston studied prices. Kingston said rents rose.'];

    expect(named(text, 'Ruth Kingston')).toMatchObject({ aliases: ['Kingston'], mentions: 2 });
    expect(names(text, 'place')).toEqual([]);
  });

  it('keeps initials and an honorific inside a name', () => {
    const text = ['Senior author Dr. Tomas K. Lindqvist said the data were clear.'];

    expect(names(text, 'person')).toEqual(['Tomas K. Lindqvist']);
  });

  it('calls a lone speaking word an organisation and ignores product acronyms', () => {
    const text = ['Volvo said its new EV and SUV models would ship with LED lights.'];

    expect(entitiesOf(...text).map((e) => [e.kind, e.name])).toEqual([['organisation', 'Volvo']]);
  });

  it('files a place written only as an abbreviation under its full name', () => {
    expect(names(['Sales in the U.S. doubled.'], 'place')).toEqual(['United States']);
  });
});

describe('extractEntities: named things', () => {
  it('skips names of surveys, events and laws', () => {
    const text = ['The National Survey and the Clean Air Act were discussed at the Davis Cup.'];

    expect(entitiesOf(...text)).toEqual([]);
  });
});

describe('extractEntities: roles in apposition', () => {
  it('reads a role set off by commas after a name', () => {
    const text = [
      "Rui Tavares, Portugal's finance minister, spoke first. Ana Ruiz, a spokeswoman for the airline, declined to comment.",
    ];

    expect(named(text, 'Rui Tavares')?.roles).toEqual(["Portugal's finance minister"]);
    expect(named(text, 'Ana Ruiz')?.roles).toEqual(['spokeswoman']);
  });
});
