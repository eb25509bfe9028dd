import { describe, expect, it } from 'vitest';
import {
  isBylinePrefix,
  isFullName,
  looksLikeHandle,
  opensWithBylineLabel,
  splitByline,
} from '#shared/text/byline.ts';

describe('byline name shapes', () => {
  it('reads a label glued to the name, but keeps names that start like a label', () => {
    expect(splitByline('ByJane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('VonAnna Schmidt')).toEqual(['Anna Schmidt']);
    expect(splitByline('Byron Smith')).toEqual(['Byron Smith']);
  });

  it('drops interface text beside the names, in several languages', () => {
    expect(splitByline('Jane Doe, View profile')).toEqual(['Jane Doe']);
    expect(splitByline('Filed under')).toEqual([]);
    expect(splitByline('Anna Schmidt / Folgen')).toEqual(['Anna Schmidt']);
    expect(splitByline('Marie Dupont, Suivre')).toEqual(['Marie Dupont']);
  });

  it('ends a byline at a category note and drops form labels', () => {
    expect(splitByline('Posted by Jane Doe under Local News')).toEqual(['Jane Doe']);
    expect(splitByline('Name *')).toEqual([]);
    expect(splitByline('山田太郎 ／')).toEqual(['山田太郎']);
  });

  it('drops handles, keeps caseless-script names', () => {
    expect(looksLikeHandle('@jdoe')).toBe(true);
    expect(looksLikeHandle('jdoe_77')).toBe(true);
    expect(looksLikeHandle('steven.smith')).toBe(true);
    expect(looksLikeHandle('Jane Doe')).toBe(false);
    expect(looksLikeHandle('山田太郎')).toBe(false);
    expect(splitByline('By jdoe_77')).toEqual([]);
  });

  it('knows a line that opens with a byline label from one that does not', () => {
    expect(opensWithBylineLabel('By Jane Doe')).toBe(true);
    expect(opensWithBylineLabel('Text von Anna Schmidt')).toBe(true);
    expect(opensWithBylineLabel('Author: Jane Doe')).toBe(true);
    expect(opensWithBylineLabel('by the river, a new bridge')).toBe(false);
    expect(opensWithBylineLabel('Story by the river')).toBe(false);
    expect(opensWithBylineLabel('Bystanders said')).toBe(false);
  });
});

describe('byline labels across languages', () => {
  it.each([
    ['Reporting by Rosa Field', 'Rosa Field'],
    ['Words and photos by Rosa Field', 'Rosa Field'],
    ['Guest post by Rosa Field', 'Rosa Field'],
    ['Escrito por Inés Rojo', 'Inés Rojo'],
    ['Publicado por Inés Rojo', 'Inés Rojo'],
    ['Autora: Inés Rojo', 'Inés Rojo'],
    ['Scritto da Marta Neri', 'Marta Neri'],
    ['A cura di Marta Neri', 'Marta Neri'],
    ['Écrit par Luc Morel', 'Luc Morel'],
    ['Geschrieben von Lena Vogt', 'Lena Vogt'],
    ['Yazar: Elif Kaya', 'Elif Kaya'],
  ])('reads %s as a labelled byline naming %s', (line, name) => {
    expect(opensWithBylineLabel(line)).toBe(true);
    expect(splitByline(line)).toEqual([name]);
  });

  it('takes no lone Italian "da" for a label', () => {
    expect(opensWithBylineLabel('Da Roma a Milano')).toBe(false);
  });
});

describe('splitByline', () => {
  it('splits names joined by commas and "and", dropping the By', () => {
    expect(splitByline('By Jane Doe, John Roe and Ann Lee')).toEqual([
      'Jane Doe',
      'John Roe',
      'Ann Lee',
    ]);
  });

  it('splits on a headline-cased or capitalised "And", not on a middle initial', () => {
    expect(splitByline('By Ann Lee And Bo Chan')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(splitByline('BY ANN LEE AND BO CHAN')).toEqual(['ANN LEE', 'BO CHAN']);
    expect(splitByline('Von Anna Schmidt Und Max Weber')).toEqual(['Anna Schmidt', 'Max Weber']);
    expect(splitByline('By John Y Smith')).toEqual(['John Y Smith']);
  });

  it('stops at a date, a separator or an Updated note', () => {
    expect(splitByline('By Jane Doe | Updated May 5, 2020')).toEqual(['Jane Doe']);
    expect(splitByline('Von Anna Schmidt 12. Mai 2020')).toEqual(['Anna Schmidt']);
    expect(splitByline('Jane Doe Updated 3 hours ago')).toEqual(['Jane Doe']);
  });

  it('drops roles, handles and link texts', () => {
    expect(splitByline('Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe @janedoe')).toEqual(['Jane Doe']);
    expect(splitByline('View all posts')).toEqual([]);
  });

  it('reads "view all posts by" links, labels in other languages and a copyright sign', () => {
    expect(splitByline('Zeige alle Beiträge von Anna Schmidt →')).toEqual(['Anna Schmidt']);
    expect(splitByline('View all posts by Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Текст: Анна Смирнова')).toEqual(['Анна Смирнова']);
    expect(splitByline('© Anna Schmidt')).toEqual(['Anna Schmidt']);
  });

  it('drops a beat after the name and a publication note in French', () => {
    expect(splitByline('Anna Schmidt Redakteurin für Wirtschaft')).toEqual(['Anna Schmidt']);
    expect(splitByline('publié le')).toEqual([]);
  });

  it('drops footer credits and navigation that sit in author-like boxes', () => {
    expect(splitByline('Theme: Pirate by Jane Doe')).toEqual([]);
    expect(splitByline('Followed Teams')).toEqual([]);
    expect(splitByline('Weitere Artikel')).toEqual([]);
    expect(splitByline('Unknown')).toEqual([]);
    expect(splitByline('Photo: Getty Images')).toEqual([]);
  });

  it.each([
    ['a date run into the name', 'By Rosa Field March 5, 2025', ['Rosa Field']],
    ['a weekday and month before the day', 'By Rosa Field Wed. Mar. 5, 2025', ['Rosa Field']],
    ['a date glued to the name', 'By Rosa FieldOctober 12, 2024', ['Rosa Field']],
    ['an update note glued to the name', 'Rosa FieldUpdated 2 hours ago', ['Rosa Field']],
    ['a name like a month, no day after it', 'By Carol May', ['Carol May']],
    ['a name like a month, an hour after it', 'By Carol May 5 hours ago', ['Carol May']],
    ['a capital inside a surname', 'Tom McAllister', ['Tom McAllister']],
    ['a relative time in German', 'Lena Vogt vor 5 Stunden', ['Lena Vogt']],
    ['a relative time in words', 'Lena Vogt vor einer Stunde', ['Lena Vogt']],
    ['a relative time in Spanish', 'Por Inés Rojo hace 2 horas', ['Inés Rojo']],
    ['a relative time in French', 'Par Luc Morel il y a 3 heures', ['Luc Morel']],
    ['an accent after In', 'By Inés Rojo', ['Inés Rojo']],
    ['accents after Am and On', 'Amélie Caron, Onésime Blanc', ['Amélie Caron', 'Onésime Blanc']],
    ['a handle glued to the name', 'By Rosa Field@rosafield', ['Rosa Field']],
    ['an e-mail address', 'By Rosa Field rosa.field@example.org', ['Rosa Field']],
    ['an e-mail address against bots', 'Rosa Field (rosa[at]example[dot]org)', ['Rosa Field']],
    ['a follow button before', 'Follow Rosa Field', ['Rosa Field']],
    ['a link to more stories', 'More stories by Rosa Field', ['Rosa Field']],
    ['a profile link after', 'Rosa Field View profile', ['Rosa Field']],
    ['a follow button glued', 'Rosa FieldFollow', ['Rosa Field']],
    ['social links after', 'Rosa Field Twitter LinkedIn', ['Rosa Field']],
    ['an about link after', 'Rosa Field About the author', ['Rosa Field']],
    ['an e-mail button after', 'Rosa Field Send an email', ['Rosa Field']],
    ['interface text alone', 'Follow us', []],
    ['words that are no name', 'Edit with Live CSS', []],
    ['a newsroom, not cut to a name', 'Garden Picks Team', []],
  ])('ends the names at %s: %s', (_kind, byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  it('reads a doubled By', () => {
    expect(splitByline('Byby JANE DOE')).toEqual(['JANE DOE']);
  });
});

describe('isBylinePrefix', () => {
  it('is true for a lone By label and false for a name', () => {
    expect(isBylinePrefix('By ')).toBe(true);
    expect(isBylinePrefix('Byron Smith')).toBe(false);
  });
});

describe('isFullName', () => {
  it('wants two words in Latin script but not in scripts without spaces', () => {
    expect(isFullName('Advertisement')).toBe(false);
    expect(isFullName('Jane Doe')).toBe(true);
    expect(isFullName('後藤大地')).toBe(true);
  });
});
