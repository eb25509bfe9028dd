import { describe, expect, it } from 'vitest';
import { readByline } from '#shared/formats/html/byline.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';
import { splitByline } from '#shared/text/byline.ts';

const bylineOf = (body: string) =>
  readByline(parseHtmlDocument(`<!doctype html><html><body>${body}</body></html>`));

describe('visible bylines on pages with poor markup', () => {
  it('passes over a byline inside a teaser card linked to another story', () => {
    const teaser =
      '<a class="card" href="/2025/05/other-story"><div class="kicker">Opinion</div>' +
      '<p>When the ferry missed the harbour</p><div class="article__author">Bo Chan</div></a>';
    const own =
      '<h1>Harbour opens to ferries</h1><p class="meta"><span class="author">By Ann Lee</span></p>';

    expect(bylineOf(`${teaser}${own}<p>Text.</p>`)).toEqual(['Ann Lee']);
  });

  it('keeps a byline wrapped by a link that holds only the name', () => {
    expect(
      bylineOf('<a href="https://social.example/annlee"><span class="author">Ann Lee</span></a>'),
    ).toEqual(['Ann Lee']);
  });

  it('cuts a bracketed note after a name, glued or spaced', () => {
    expect(splitByline('Par Ann Lee(Bruxelles, bureau européen)')).toEqual(['Ann Lee']);
    expect(splitByline('By Ann Lee (with inputs from agencies) and Bo Chan')).toEqual([
      'Ann Lee',
      'Bo Chan',
    ]);
  });

  it('cuts share and follow buttons in more languages from a name', () => {
    expect(splitByline('Jane Doe Tweet This')).toEqual(['Jane Doe']);
    expect(splitByline('Ayşe Yılmaz TAKİP ET')).toEqual(['Ayşe Yılmaz']);
    expect(splitByline('By Ann Lee Paylaş')).toEqual(['Ann Lee']);
  });

  it('keeps a name written surname first whole', () => {
    expect(splitByline('By Doe, Jane')).toEqual(['Doe, Jane']);
    expect(splitByline('García, Ana M.')).toEqual(['García, Ana M.']);
    expect(splitByline('Ann Lee, Bo Chan')).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('cuts the outlet run on after the last co-author', () => {
    expect(splitByline('By Ann Lee and Bo Chan The Harbour Post')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(splitByline('By Ann Lee and Bo Chan AFP')).toEqual(['Ann Lee', 'Bo Chan']);
    expect(splitByline('John Doe III')).toEqual(['John Doe III']);
    expect(splitByline('THE DAILY LEDGER')).toEqual(['THE DAILY LEDGER']);
  });

  it("takes a wire agency's initials as the byline when nobody is named", () => {
    const story = (byline: string) =>
      parseHtml(
        `<html><body><h1>Harbour opens to ferries</h1>${byline}<p>${'The harbour opened. '.repeat(20)}</p></body></html>`,
      ).authors;

    expect(story('<span class="byline">PTI</span>')).toEqual(['PTI']);
    expect(story('<p>By AFP</p>')).toEqual(['AFP']);
    expect(story('<span class="byline">Ann Lee, PTI</span>')).toEqual(['Ann Lee']);
  });

  it('reads a byline without the text shown to screen readers only', () => {
    expect(
      bylineOf(
        '<div class="byline"><span class="screen-reader-text">Author</span> <span>Ann Lee</span></div>',
      ),
    ).toEqual(['Ann Lee']);
    expect(
      bylineOf('<p class="byline">Ann Lee <span class="sr-only">Opens profile</span></p>'),
    ).toEqual(['Ann Lee']);
  });

  it('reads a lower-case kicker in the byline box as no name when a name follows', () => {
    const box =
      '<div class="article-byline"><a href="/topics/sea">climate change</a><div>By Ann Lee</div></div>';

    expect(bylineOf(box)).toEqual(['Ann Lee']);
    expect(bylineOf('<div class="author">giampiero maggio</div>')).toEqual(['giampiero maggio']);
    expect(
      bylineOf('<div class="author"><div>climate change</div><div>王小明</div></div>'),
    ).toEqual(['王小明']);
  });

  it('takes a class with a `by` token for a byline and `Edited by` for its label', () => {
    const line = '<div class="pst-by"><span class="pst-by_item">Edited by Ann Lee</span></div>';

    expect(bylineOf(`<h1>Harbour opens to ferries</h1>${line}<p>Text.</p>`)).toEqual(['Ann Lee']);
    expect(bylineOf('<div class="nearby">Harbour Lights</div>')).toEqual([]);
    expect(bylineOf('<div class="stand-by">Harbour Lights</div>')).toEqual([]);
  });

  it("passes over other stories' bylines in lists of linked headings", () => {
    const related = (name: string) =>
      `<li><h3><a href="/2025/05/${name.length}">Another story</a></h3>` +
      `<div class="meta"><a href="/author/x" rel="author">${name}</a></div></li>`;
    const list = `<aside><ul>${related('Bo Chan')}${related('Cy Dunn')}</ul></aside>`;
    const own =
      '<header><h1>Harbour opens to ferries</h1><p>Par <a href="/auteurs/ann-lee">Ann Lee</a></p></header>';
    const page = (byline: string) =>
      `${list}${own}<div class="byline">${byline}</div><p>${'The harbour opened. '.repeat(20)}</p>`;

    expect(bylineOf(page('Ann Lee'))).toEqual(['Ann Lee']);
    // An author box titled by the writer's linked name is no teaser.
    const box =
      '<div class="author-box"><h2><a href="/people/ann-lee" rel="author">Ann Lee</a></h2><p>Ann Lee writes.</p></div>';
    expect(bylineOf(`<h1>Harbour opens to ferries</h1><p>Text.</p>${box}`)).toEqual(['Ann Lee']);
  });

  it('reads a label standing alone beside the name, in its gender forms too', () => {
    const dl = '<dl><dt class="meta-author">AUTOR/IN</dt><dd class="meta-author">Ann Lee</dd></dl>';

    expect(bylineOf(`<h1>Harbour opens to ferries</h1>${dl}`)).toEqual(['Ann Lee']);
    expect(splitByline('Autor:in Ann Lee')).toEqual(['Ann Lee']);
    expect(splitByline('Penulis: Budi Santoso')).toEqual(['Budi Santoso']);
    expect(splitByline('Authorities said')).toEqual(['Authorities said']);
  });

  it('cuts the outlet a writer wrote for, title-cased in a link text', () => {
    expect(splitByline('By Ann Lee And Bo Chan For The Harbour Post')).toEqual([
      'Ann Lee',
      'Bo Chan',
    ]);
    expect(splitByline('Ann Lee for The Harbour Post')).toEqual(['Ann Lee']);
  });

  it('keeps the byline of a region that lists several linked headings beside it', () => {
    const more = [1, 2]
      .map((n) => `<li><h3><a href="/story-${n}">Another story ${n}</a></h3></li>`)
      .join('');
    const footer = `<div><ul>${more}</ul><div class="author">By Ann Lee</div></div>`;

    expect(
      bylineOf(
        `<h1>Harbour opens to ferries</h1><p>${'The harbour opened. '.repeat(40)}</p>${footer}`,
      ),
    ).toEqual(['Ann Lee']);
  });

  it("passes over a comment's author line", () => {
    const comments =
      '<section id="comments"><ol><li class="comment"><span class="author">Bo Chan</span><p>Great piece.</p></li></ol></section>';

    expect(bylineOf(`<h1>Harbour opens to ferries</h1><p>Text.</p>${comments}`)).toEqual([]);
    expect(
      bylineOf('<body class="comments-open"><span class="author">Ann Lee</span></body>'),
    ).toEqual(['Ann Lee']);
  });

  it('reads a byline written after the date on a header line', () => {
    const line = (text: string) =>
      bylineOf(`<h1>Harbour opens to ferries</h1><p class="meta">${text}</p><p>Text.</p>`);

    expect(line('Veröffentlicht am 03.02.2022 von Anna Schmidt')).toEqual(['Anna Schmidt']);
    expect(line('Published: 28 Nov 2020 (IST)Author: Ann Lee')).toEqual(['Ann Lee']);
    expect(
      line('Posted on May 5, 2025 by Ann Lee <span class="sr-only">Harbour Post</span>'),
    ).toEqual(['Ann Lee']);
    expect(line('In 2019 by the harbour, a new ferry')).toEqual([]);
  });

  it('reads a label and a name that stand loose in a big block as one byline', () => {
    const block = (byline: string) =>
      bylineOf(
        `<div><h1>Harbour opens to ferries</h1><figure><figcaption>Photo</figcaption></figure>` +
          `<br> 1 May 2025 <br> ${byline}<br><p>The ferry came in late on Monday.</p></div>`,
      );

    expect(block('von <strong>ANNA SCHMIDT</strong>')).toEqual(['ANNA SCHMIDT']);
    expect(block('By <a href="/people/ann-lee">Ann Lee</a>')).toEqual(['Ann Lee']);
    expect(block('by <em>the harbour</em>')).toEqual([]);
  });

  it('takes a class or id naming the writer in more languages for a byline', () => {
    const header = (attribute: string) =>
      bylineOf(
        `<h1>Harbour opens to ferries</h1><div ${attribute}>Ann Lee</div><p>The ferry came in.</p>`,
      );

    expect(header('id="penulis"')).toEqual(['Ann Lee']);
    expect(header('class="haber-yazar"')).toEqual(['Ann Lee']);
    expect(header('class="artikel-forfatter"')).toEqual(['Ann Lee']);
  });
});
