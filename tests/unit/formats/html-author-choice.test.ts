import { describe, expect, it } from 'vitest';
import { looksLikeOrganisation } from '#shared/formats/html/brand-names.ts';
import { hasLowerCaseTail } from '#shared/formats/html/name-shape.ts';
import { parseHtml } from '#shared/formats/html/read-html.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const authorsOf = (head: string, body: string) => parseHtml(page(head, body)).authors;

describe('organisations beside a writer', () => {
  it('lets a visible byline beat a meta author shaped like an organisation', () => {
    const byline = '<div class="byline">By Ann Lee</div><p>Text.</p>';
    for (const organisation of [
      'Harbour Post (www.harbourpost.com)',
      'Harbourpost.com',
      'HPN Staff',
      'Ledger-Team',
      'Acme Media GmbH',
      'Ledger – The magazine for sailors',
    ]) {
      expect(authorsOf(`<meta name="author" content="${organisation}">`, byline)).toEqual([
        'Ann Lee',
      ]);
    }
  });

  it('still names the organisation when no source names a person', () => {
    const head = '<meta name="author" content="Harbour Post (www.harbourpost.com)">';

    expect(authorsOf(head, '<p>Text.</p>')).toEqual(['Harbour Post (www.harbourpost.com)']);
  });

  it('drops an outlet credited after the writer, so the writer is compared alone', () => {
    const head = '<meta name="author" content="Troy L. Smith, Harbourpost.com">';

    expect(authorsOf(head, '<p>Text.</p>')).toEqual(['Troy L. Smith']);
  });

  it('takes a lower-case credit line for no writer', () => {
    expect(looksLikeOrganisation('news service reports')).toBe(true);
    expect(looksLikeOrganisation('Harbour wire reports')).toBe(true);
    expect(looksLikeOrganisation('Tom Desk')).toBe(false);
    expect(looksLikeOrganisation('Dr.Hans Meier')).toBe(false);
    expect(looksLikeOrganisation('Jean-Luc Picard')).toBe(false);
  });
});

describe('the site named with its slogan', () => {
  it('recognises the site in an og:site_name that adds a tagline, in either order', () => {
    for (const site of ['Bridge Live - Your town portal', 'Town portal | Bridge Live']) {
      const head =
        `<meta property="og:site_name" content="${site}">` +
        '<meta name="author" content="Bridge Live">';
      expect(authorsOf(head, '<p>Text.</p>')).toEqual([]);
    }
  });

  it('takes a newsroom word written without its accents for a newsroom', () => {
    for (const newsroom of ['Redaccion', 'Redacción', 'Rédaction']) {
      expect(authorsOf(`<meta name="author" content="${newsroom}">`, '<p>Text.</p>')).toEqual([]);
    }
  });
});

describe('byline text that is not a name', () => {
  it('reads no name from a phrase glued to the byline, but keeps lower-case names', () => {
    expect(hasLowerCaseTail('Send us an')).toBe(true);
    expect(hasLowerCaseTail('giampiero maggio')).toBe(false);
    expect(hasLowerCaseTail('Jose de la Cruz')).toBe(false);
    const body =
      '<div class="author-meta">Sende uns eine <a href="mailto:x@y.example">E-Mail</a></div>';
    expect(authorsOf('', `${body}<p>Text.</p>`)).toEqual([]);
  });

  it('keeps a lower-case name the metadata states', () => {
    expect(authorsOf('<meta name="author" content="Mobi hassan">', '<p>Text.</p>')).toEqual([
      'Mobi hassan',
    ]);
  });

  it('takes a picture credit with a copyright sign for no writer', () => {
    const body = '<div class="author">Foto © Harbour Press</div><p>Text.</p>';

    expect(authorsOf('', body)).toEqual([]);
  });

  it('reads no writer from a comment form asking for the author', () => {
    const body =
      '<p>Text.</p><form><div class="form-author"><input name="author"><label class="label-author">Your Name</label></div></form>';

    expect(authorsOf('', body)).toEqual([]);
  });

  it('takes the city beside a bureau credit for its dateline', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Nation Bureau"}}</script>';
    const body =
      '<div class="byline"><span>New Delhi</span>, <a href="/byline/nation-bureau">Nation Bureau</a></div><p>Text.</p>';

    expect(authorsOf(head, body)).toEqual(['Nation Bureau']);
  });

  it('keeps a writer signing beside a staff credit', () => {
    const body = '<div class="byline">By Ann Lee and Harbour Staff</div><p>Text.</p>';

    expect(authorsOf('', body)).toEqual(['Ann Lee']);
  });

  it('reads no writer from a menu listing the site columnists', () => {
    const body =
      '<nav><ul><li class="menu-item"><a href="/author/ann-lee/">Ann Lee</a></li></ul></nav><p>Text.</p>';

    expect(authorsOf('', body)).toEqual([]);
  });
});

describe('a desk in the byline slot and the writer below it', () => {
  it('reads the By line by the headline when the byline element credits the newsroom', () => {
    const body =
      '<h1>Harbour growth slows again</h1><div class="td-post-author-name">By <a href="/author/newsroom/">NEWSROOM</a></div>' +
      '<div class="td-post-content"><p>By Ann Lee</p><p>The harbour grew less than forecast.</p></div>';

    expect(authorsOf('<title>Harbour growth slows again</title>', body)).toEqual(['Ann Lee']);
  });
});

describe('the site named only in the title', () => {
  it('lets a byline beat a meta author that is the site the title is signed with', () => {
    const head =
      '<title>Harbour opens at last - Daily Bridge</title><meta name="author" content="Daily Bridge">';
    const body = '<div class="author">marcos lópez</div><p>Text.</p>';

    expect(authorsOf(head, body)).toEqual(['marcos lópez']);
  });

  it('reads the site from a CJK title signed after a full-width bar, spaced or not', () => {
    for (const title of ['港の開港｜Daily Bridge', '港の開港 ｜ Daily Bridge']) {
      const head = `<title>${title}</title><meta name="author" content="Daily Bridge">`;

      expect(authorsOf(head, '<div class="author">marcos lópez</div><p>Text.</p>')).toEqual([
        'marcos lópez',
      ]);
    }
  });

  it('keeps the site as the author when nobody else is named', () => {
    const head =
      '<title>Harbour opens at last - Daily Bridge</title><meta name="author" content="Daily Bridge">';

    expect(authorsOf(head, '<p>Text.</p>')).toEqual(['Daily Bridge']);
  });
});

describe('how long ago, beside the writer', () => {
  it('cuts a relative time from the byline, glued to the name or not', () => {
    for (const byline of [
      '<span>Ann Lee</span><span>vor 5 Stunden</span>',
      'Piše: Ann Lee <span>prije 26 minuta</span>',
      'Ann Lee · 3 hours ago',
    ]) {
      expect(authorsOf('', `<div class="author-box">${byline}</div><p>Text.</p>`)).toEqual([
        'Ann Lee',
      ]);
    }
  });
});

describe('an author card inside the author link', () => {
  it('reads the name from the first line of a rel=author link, not the job title under it', () => {
    const body =
      '<a rel="author" href="/ann-lee/"><h4>Ann Lee</h4><h5>Redakteurin für Wirtschaft und Umwelt</h5></a><p>Text.</p>';

    expect(authorsOf('', body)).toEqual(['Ann Lee']);
  });
});

describe('co-authors the structured data leaves out', () => {
  const head =
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour opens","author":{"@type":"Person","name":"Ann Lee"}}</script>';

  it('takes the visible byline that names the JSON-LD writer and co-authors', () => {
    const body = '<div class="byline">By Ann Lee, Bo Chan</div><p>Text.</p>';

    expect(authorsOf(head, body)).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('keeps the JSON-LD writer over a long list of writers linked across the page', () => {
    const links = ['Ann Lee', 'Bo Chan', 'Cy Dunn', 'Di Ela', 'Ed Fox']
      .map((name) => `<a rel="author" href="/w/${name.replace(' ', '-')}">${name}</a>`)
      .join(' ');

    expect(authorsOf(head, `${links}<p>Text.</p>`)).toEqual(['Ann Lee']);
  });
});

describe('links and forms around the byline', () => {
  it('reads the byline of a page its framework wraps in one form', () => {
    const body =
      '<form id="page"><h1>Harbour opens</h1><div class="author">Ann Lee</div><p>Text.</p></form>';

    expect(authorsOf('', body)).toEqual(['Ann Lee']);
  });

  it('takes a person the story links to a topic page for no writer', () => {
    const sentence =
      'The harbour board met on Tuesday, and <a href="/topics/people/bo-chan.html">Bo Chan</a> ' +
      'said the new quay would open in the spring, once the last inspections of the cranes and ' +
      'the dredged channel were complete and the port authority had signed off the works.';

    expect(authorsOf('', `<p>${sentence}</p>`)).toEqual([]);
  });
});

describe('credits that stand for no one writer', () => {
  it('lets the byline beat JSON-LD that credits a group of outside authors', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour opens","author":{"@type":"Person","name":"Auswärtige Autoren (AA)"}}</script>';
    const body = '<div class="byline">Von Anna Berg</div><p>Text.</p>';

    expect(authorsOf(head, body)).toEqual(['Anna Berg']);
  });

  it('takes a meta value joining two names with a slash for the byline naming both', () => {
    const head = '<meta name="author" content="Anna Berg/Carl Nagel">';
    const body = '<div class="byline">Anna Berg und Carl Nagel</div><p>Text.</p>';

    expect(authorsOf(head, body)).toEqual(['Anna Berg', 'Carl Nagel']);
  });

  it('reads no degree or network initials after the name as a second writer', () => {
    const body =
      '<div class="byline"><a href="/author/ann-lee/">Ann Lee</a>, <a href="/author/ann-lee/">MS</a>, RDN, CNN</div><p>Text.</p>';

    expect(authorsOf('', body)).toEqual(['Ann Lee']);
  });

  it('keeps initials as the author when nobody else is named', () => {
    expect(authorsOf('<meta name="author" content="DT">', '<p>Text.</p>')).toEqual(['DT']);
  });

  it('reads a structured author copied from the printed byline line as a byline', () => {
    const jsonLd = (name: string) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Harbour opens to ferries',
        author: [{ '@type': 'Person', name }],
      })}</script>`;

    expect(authorsOf(jsonLd('By ANN LEE, Harbour Post Auto Writer'), '<p>Text.</p>')).toEqual([
      'ANN LEE',
    ]);
    expect(
      authorsOf(jsonLd('By Ann Lee and Bo Chan For The Harbour Post'), '<p>Text.</p>'),
    ).toEqual(['Ann Lee', 'Bo Chan']);
    expect(authorsOf(jsonLd('Byron Fields'), '<p>Text.</p>')).toEqual(['Byron Fields']);
  });
});
