import { describe, expect, it } from 'vitest';
import { findDateInText, frequentDates } from '#shared/text/date-text.ts';

const dayFirst = { dayFirst: true };
const monthFirst = { dayFirst: false };

describe('findDateInText', () => {
  it('reads a German day and month name', () => {
    expect(findDateInText('Veröffentlicht am 12. Oktober 2020, 14:05', dayFirst)?.date).toBe(
      '2020-10-12',
    );
  });

  it('reads the year-first dotted dates of Hungarian and Korean pages, spaced or not', () => {
    expect(findDateInText('2020. 08. 18. 21:35', dayFirst)?.date).toBe('2020-08-18');
    expect(findDateInText('입력 2021.3.5. 오전 9:00', dayFirst)?.date).toBe('2021-03-05');
  });

  it('does not join a year ending a sentence to the numbers after it', () => {
    expect(findDateInText('Founded in 2020.08 18 members', dayFirst)).toBeNull();
  });

  it('reads an English month name before the day', () => {
    expect(findDateInText('04:25:06 PM IST Apr 08, 2020', monthFirst)?.date).toBe('2020-04-08');
  });

  it('reads a Spanish date with "de"', () => {
    expect(findDateInText('martes 17 de marzo de 2020', dayFirst)?.date).toBe('2020-03-17');
  });

  it('reads Arabic month names, also the paired Levantine / Egyptian form', () => {
    expect(findDateInText('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22', dayFirst)?.date).toBe(
      '2020-04-24',
    );
    expect(findDateInText('3 مارس 2021', dayFirst)?.date).toBe('2021-03-03');
  });

  it('reads dates written in the digits of other scripts, at the same index', () => {
    expect(findDateInText('প্রকাশ: শনিবার, আগস্ট ২৯, ২০২০ | ১০:৪৬', dayFirst)).toEqual({
      date: '2020-08-29',
      index: 16,
    });
    expect(findDateInText('अपडेट: 12 नवम्बर २०२१', dayFirst)?.date).toBe('2021-11-12');
    expect(findDateInText('١٧/٠٣/٢٠٢٠', dayFirst)?.date).toBe('2020-03-17');
    expect(findDateInText('２０１９年３月５日', dayFirst)?.date).toBe('2019-03-05');
  });

  it('reads Hindi and Bengali month names, the two-letter May too', () => {
    expect(findDateInText('1 मई 2020', dayFirst)?.date).toBe('2020-05-01');
    expect(findDateInText('২ মে ২০২০', dayFirst)?.date).toBe('2020-05-02');
    expect(findDateInText('on 5 de 2020', dayFirst)).toBeNull();
  });

  it('reads Cyrillic and Greek month names in the genitive', () => {
    expect(findDateInText('Опубликовано 5 апреля 2021 г.', dayFirst)?.date).toBe('2021-04-05');
    expect(findDateInText('21 вересня 2020', dayFirst)?.date).toBe('2020-09-21');
    expect(findDateInText('12 Μαΐου 2019', dayFirst)?.date).toBe('2019-05-12');
  });

  it('skips dates labelled as the site clock or an event schedule', () => {
    expect(findDateInText('■ 日\u3000時：2019年3月6日（水）13:00-16:00', dayFirst)).toBeNull();
    expect(
      findDateInText('Aktuelle Zeit: 14.10.2020, 12:18 · Beitrag vom 21.01.2009', dayFirst)?.date,
    ).toBe('2009-01-21');
    expect(findDateInText('Registriert: 18.09.2008, 05:56 · 21.01.2009', dayFirst)?.date).toBe(
      '2009-01-21',
    );
    const widget = '1,204 cases as on April 25, 2020. 310 recovered as of April 25, 2020.';
    expect(frequentDates(`${widget} Posted April 7, 2020`, monthFirst, 3)).toEqual(['2020-04-07']);
    expect(frequentDates('Event date: 12.05.2020. Event date: 12.05.2020.', dayFirst, 3)).toEqual(
      [],
    );
  });

  it('skips deadlines and the ends of ranges in any of several languages', () => {
    expect(findDateInText('The road is closed until 2 October 2017.', dayFirst)).toBeNull();
    expect(findDateInText('Gesperrt vom 24. April bis 2. Oktober 2017', dayFirst)).toBeNull();
    expect(findDateInText('Inscriptions jusqu’au 3 mai 2021', dayFirst)).toBeNull();
    expect(findDateInText('Abierto hasta el 5 de junio de 2020', dayFirst)).toBeNull();
    expect(
      findDateInText('Bewerbung bis 25. November 2019 · Stand: 17.11.2019', dayFirst)?.date,
    ).toBe('2019-11-17');
  });

  it('keeps a date whose label merely ends in such letters', () => {
    expect(findDateInText('Stab 12.05.2020', dayFirst)?.date).toBe('2020-05-12');
    expect(findDateInText('Artikel vom 12.05.2020', dayFirst)?.date).toBe('2020-05-12');
  });

  it('reads a dotted numeric date day first', () => {
    expect(findDateInText('Stand: 16.12.2012 19:05', monthFirst)?.date).toBe('2012-12-16');
  });

  it('reads a dotted date month first only when its second part cannot be a month', () => {
    expect(findDateInText('Business 11.15.2019 10:09 AM', dayFirst)?.date).toBe('2019-11-15');
    expect(findDateInText('11.05.2019', monthFirst)?.date).toBe('2019-05-11');
  });

  it('reads a two-digit year', () => {
    expect(findDateInText('am 02.12.19 veröffentlicht', dayFirst)?.date).toBe('2019-12-02');
  });

  it('reads a dotted abbreviated month with a two-digit year', () => {
    expect(findDateInText('Beitrag vom 03.Mär.19, 14:20', dayFirst)?.date).toBe('2019-03-03');
    expect(findDateInText('7. Okt. 21', dayFirst)?.date).toBe('2021-10-07');
    expect(findDateInText('3 Mar 19 players signed', dayFirst)).toBeNull();
  });

  it('reads a yearless day and month before a clock as no date', () => {
    expect(findDateInText('07.11. 09:20 Kurse im Überblick', dayFirst)).toBeNull();
    expect(findDateInText('07.11. 09:20 Ticker | 06.11.2023 20:02', dayFirst)?.date).toBe(
      '2023-11-06',
    );
  });

  it('reads slashes month first for US pages and day first elsewhere', () => {
    expect(findDateInText('04/05/2020', monthFirst)?.date).toBe('2020-04-05');
    expect(findDateInText('04/05/2020', dayFirst)?.date).toBe('2020-05-04');
  });

  it('reads slashes day first when the first part cannot be a month', () => {
    expect(findDateInText('25/05/2020', monthFirst)?.date).toBe('2020-05-25');
  });

  it('reads year-first and CJK dates', () => {
    expect(findDateInText('posted 2020/10/12 by', dayFirst)?.date).toBe('2020-10-12');
    expect(findDateInText('公開日：2019年3月5日', dayFirst)?.date).toBe('2019-03-05');
  });

  it('returns the earliest date in the text', () => {
    expect(findDateInText('Updated 3 May 2021. First published 1 May 2021', dayFirst)).toEqual({
      date: '2021-05-03',
      index: 8,
    });
  });

  it('returns null when no real day is written', () => {
    expect(findDateInText('Version 2.7.13 and 31 February 2020', dayFirst)).toBeNull();
  });
});

describe('frequentDates', () => {
  it('puts the date the page repeats first', () => {
    const text = 'Home 01.02.2022 | News 30.01.2022 | Story 30.01.2022 | Other 13.01.2022';

    expect(frequentDates(text, dayFirst, 2)).toEqual(['2022-01-30', '2022-02-01']);
  });

  it('breaks a tie towards the latest date', () => {
    const text = 'Archiv 28.02.2017 | 24. April 2020 | Pressemitteilungen';

    expect(frequentDates(text, dayFirst, 1)).toEqual(['2020-04-24']);
  });
});
