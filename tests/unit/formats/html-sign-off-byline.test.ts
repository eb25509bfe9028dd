import { describe, expect, it } from 'vitest';
import { readByline } from '#shared/formats/html/byline.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { signOffNames } from '#shared/formats/html/sign-off-byline.ts';
import { splitByline } from '#shared/text/byline.ts';

const page = (body: string) =>
  parseHtmlDocument(`<!doctype html><html><body>${body}</body></html>`);

const PROSE =
  '<p>The harbour reopened to ferries on Monday after a winter of repairs, and the first ' +
  'boats left on time under a clear sky while the crews waved from the quay.</p>';

describe('a story signed at its end', () => {
  it('reads a sign-off paragraph that closes the story', () => {
    // Arrange
    const document = page(
      `<h1>Harbour opens</h1><div class="entry">${PROSE}${PROSE}<p><em>Von Ulrike Brandt</em></p></div>`,
    );

    // Act
    const names = readByline(document);

    // Assert
    expect(names).toEqual(['Ulrike Brandt']);
  });

  it('prefers the sign-off to a link to a tagged person', () => {
    const tags = '<ul class="tags"><li><a href="/people/marc-lavoie">Marc Lavoie</a></li></ul>';
    const document = page(`<h1>Port</h1><div>${PROSE}<p>Par Jeanne Roy</p></div>${tags}`);

    expect(readByline(document)).toEqual(['Jeanne Roy']);
  });

  it('keeps only the writer when the commas set off a job and a company', () => {
    const document = page(`<div>${PROSE}<p>Posted by Ann Lee, Web Marketing, Acme</p></div>`);

    expect(signOffNames(document)).toEqual(['Ann Lee']);
  });

  it('keeps co-authors listed with commas', () => {
    const document = page(`<div>${PROSE}<p>By Ann Lee, Bo Chan and Cy Dunn</p></div>`);

    expect(signOffNames(document)).toEqual(['Ann Lee', 'Bo Chan', 'Cy Dunn']);
  });

  it('passes over a labelled line with more prose after it', () => {
    const document = page(`<div>${PROSE}<p>By Royal Decree</p>${PROSE}</div>`);

    expect(signOffNames(document)).toEqual([]);
  });

  it('passes over a labelled line in the comments', () => {
    const comments = `<div id="comments">${PROSE}<p>Posted by Bo Chan</p></div>`;

    expect(signOffNames(page(`<div>${PROSE}</div>${comments}`))).toEqual([]);
  });
});

describe('byline text', () => {
  it('reads the Bulgarian label От', () => {
    expect(splitByline('От Иван Петров')).toEqual(['Иван Петров']);
  });

  it('ends the names at the at of a time', () => {
    expect(splitByline('Posted by Jane Doe at 10:30 AM')).toEqual(['Jane Doe']);
  });

  it('cuts a job title run on after a short name, not one after a comma', () => {
    expect(splitByline('Jane Doe Senior Reporter')).toEqual(['Jane Doe']);
    expect(splitByline('By Tom Krisher, AP Auto Writer')).toEqual(['Tom Krisher']);
    expect(splitByline('Jane Doe Congressional Reporter')).toEqual([]);
  });

  it("cuts the writer's own handle run on after the name", () => {
    expect(splitByline('By Jane Doe jane_doe77')).toEqual(['Jane Doe']);
    expect(splitByline('Ann Lee annlee')).toEqual(['Ann Lee']);
  });
});
