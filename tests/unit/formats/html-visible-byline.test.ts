import { describe, expect, it } from 'vitest';
import { readByline } from '#shared/formats/html/byline.ts';
import { parseHtmlDocument } from '#shared/formats/html/dom.ts';
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
});
