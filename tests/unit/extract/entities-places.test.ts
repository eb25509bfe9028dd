import { describe, expect, it } from 'vitest';
import { extractEntities } from '#shared/extract/entities/index.ts';

const entitiesOf = (paragraphs: string[]) => extractEntities(paragraphs).entities;
const namesOf = (paragraphs: string[], kind: string) =>
  entitiesOf(paragraphs)
    .filter((e) => e.kind === kind)
    .map((e) => e.name)
    .sort();
const allNames = (paragraphs: string[]) => entitiesOf(paragraphs).map((e) => e.name);

describe('extractEntities: places the gazetteer does not know', () => {
  const frontline = [
    'KOSTIANTYNIVKA, Ukraine — Shelling hit the town of Druzhkivka overnight, officials in the Bakhmut district said on Saturday.',
    'Hundreds of residents fled to Sloviansk, and a convoy headed to Pavlohrad in August. Druzhkivka has had no water since May.',
    'Kyiv said the attacks came from the Belgorod region, across the border.',
  ];

  it('reads datelines, `the town of X`, `the X district`, `fled to X` and `the X region`', () => {
    expect(namesOf(frontline, 'place')).toEqual([
      'Bakhmut',
      'Belgorod',
      'Druzhkivka',
      'Kostiantynivka',
      'Kyiv',
      'Pavlohrad',
      'Sloviansk',
      'Ukraine',
    ]);
  });

  it('counts a later bare mention of a place found from its context', () => {
    expect(entitiesOf(frontline).find((e) => e.name === 'Druzhkivka')?.mentions).toBe(2);
  });

  it('never takes months or weekdays for places or people', () => {
    const names = allNames(frontline);

    for (const word of ['August', 'May', 'Saturday']) expect(names).not.toContain(word);
  });

  it('reads a mixed-case dateline only when a known place and a dash follow', () => {
    const dateline = ['Porthleven, England — The harbour wall gave way.'];
    const list = ['Porthleven, England and Wales all reported storms.'];

    expect(namesOf(dateline, 'place')).toEqual(['England', 'Porthleven']);
    expect(namesOf(list, 'place')).toEqual(['England', 'Wales']);
  });

  it('keeps a capitalised division word in the name and skips names of offices by direction', () => {
    const text = [
      'Floods closed roads in Kherson Oblast and Marin County, and King County declared an emergency.',
      'The case is before the Western District court. The 13th Council district voted.',
      'Aid reached the Appalachian region.',
    ];

    expect(namesOf(text, 'place')).toEqual(['Kherson Oblast', 'King County', 'Marin County']);
    expect(namesOf(text, 'person')).toEqual([]);
  });
});

describe('extractEntities: `X-based`', () => {
  it('reads the place of an `X-based` company or trade', () => {
    const text = [
      'The Tallaght-based startup Verdigris Labs hired 40 people.',
      'A Hobart-based photographer took the pictures.',
    ];

    expect(namesOf(text, 'place')).toEqual(['Hobart', 'Tallaght']);
    expect(namesOf(text, 'organisation')).toEqual(['Verdigris Labs']);
  });

  it('ignores platforms and products (`Linux-based`, `Android-based phones`)', () => {
    const text = ['Its Linux-based servers and Android-based phones run Chromium-based browsers.'];

    expect(entitiesOf(text)).toEqual([]);
  });

  it('files a known place written `X-based` under the gazetteer name', () => {
    expect(namesOf(['The Lisbon-based Calado Grid raised money.'], 'place')).toEqual(['Lisbon']);
  });
});

describe('extractEntities: precision of place cues', () => {
  it('takes no shouted heading, code or product for a place', () => {
    const text = [
      'BREAKING NEWS — Sales rose in Q3 and the SD card slot returned.',
      'The breaking news came late for news desks.',
      'CENTRAL BANKERS WIN PRIZE — The award went to three economists.',
    ];

    expect(namesOf(text, 'place')).toEqual([]);
  });

  it('reads travel cues only after words of travel (`sold to X` is not a place)', () => {
    const text = [
      'Marta Calado sold the unit to Brightwater last year, then flew to Tromsø.',
      'Calado said the trip to Longyearbyen was her last.',
    ];

    expect(namesOf(text, 'place')).toEqual(['Longyearbyen', 'Tromsø']);
  });

  it('gives a country adjective no place of its own', () => {
    const text = ['Russian and Venezuelan diplomats met French officials in the Russian region.'];

    expect(entitiesOf(text)).toEqual([]);
  });
});

describe('extractEntities: hand-made articles', () => {
  it('reads a sports report', () => {
    const text = [
      'MANCHESTER, England — Erling Haaland scored twice on Saturday as City beat Brentford.',
      'Haaland now has 14 goals this season. "He is a machine," manager Pep Guardiola said.',
      'Brentford travel to Burnley next week, and Guardiola said his side would rest players in March.',
    ];

    expect(namesOf(text, 'person')).toEqual(['Erling Haaland', 'Pep Guardiola']);
    expect(namesOf(text, 'place')).toEqual(['Burnley', 'England', 'Manchester']);
    expect(allNames(text)).not.toContain('Saturday');
    expect(allNames(text)).not.toContain('March');
  });

  it('reads a business report', () => {
    const text = [
      'LISBON, Portugal — Lisbon-based Tidal Grid Holdings raised 40 million euros on Tuesday, the company said.',
      'Founder Marta Calado said the money would pay for a plant in the Setubal district.',
      'Investors included the European Investment Bank (EIB). The EIB said it backs clean energy across Europe.',
    ];
    const entities = entitiesOf(text);

    expect(entities.find((e) => e.name === 'Tidal Grid Holdings')).toMatchObject({
      aliases: ['the company'],
      mentions: 2,
    });
    expect(entities.find((e) => e.name === 'European Investment Bank')).toMatchObject({
      aliases: ['EIB'],
      mentions: 3,
    });
    expect(namesOf(text, 'place')).toEqual(['Europe', 'Lisbon', 'Portugal', 'Setubal']);
    expect(namesOf(text, 'person')).toEqual(['Marta Calado']);
  });

  it('reads a science report', () => {
    const text = [
      'Researchers at the University of Tartu found that lake ice now forms a month later than in 1960.',
      'Dr. Liis Kask, who led the study, said the team travelled to Narva to take samples in January.',
      'The university will publish the data. Kask said the trend would continue.',
    ];

    expect(namesOf(text, 'person')).toEqual(['Liis Kask']);
    expect(namesOf(text, 'place')).toEqual(['Narva']);
    expect(entitiesOf(text).find((e) => e.name === 'University of Tartu')?.mentions).toBe(2);
    expect(allNames(text)).not.toContain('January');
  });
});
