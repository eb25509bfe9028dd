import { describe, expect, it } from 'vitest';
import { detectFormat } from '#shared/formats/detect-format.ts';
import { type ReadResult, readDocument } from '#shared/formats/read-document.ts';

describe('detectFormat', () => {
  it('reads a doctype as HTML whatever the key says', () => {
    expect(detectFormat('<!DOCTYPE html><html><p>Hi</p></html>', { key: 'a.txt' })).toBe('html');
  });

  it('reads a tag-dense fragment as HTML', () => {
    const fragment = '<div><h2>News</h2><p>One.</p><p>Two <em>three</em>.</p></div>';

    expect(detectFormat(fragment)).toBe('html');
  });

  it('reads front matter as Markdown', () => {
    expect(detectFormat('---\ntitle: X\n---\nBody.', { key: 'a.txt' })).toBe('markdown');
  });

  it('reads a Markdown heading as Markdown', () => {
    expect(detectFormat('Intro.\n\n## Part two\n\nMore.')).toBe('markdown');
  });

  it('falls back to the key extension when the content says nothing', () => {
    expect(detectFormat('Just words.', { key: 'notes/post.MD' })).toBe('markdown');
  });

  it('falls back to the Content-Type after the extension', () => {
    expect(
      detectFormat('Just words.', { key: 'upload', contentType: 'text/html; charset=utf-8' }),
    ).toBe('html');
  });

  it('reads an object or an array of objects as JSON whatever the key says', () => {
    expect(detectFormat('{\n  "title": "X"}', { key: 'a.txt' })).toBe('json');
    expect(detectFormat('[{"title": "X"}]')).toBe('json');
  });

  it('does not take prose in brackets for JSON', () => {
    expect(detectFormat('[Updated] The council met today.')).toBe('text');
  });

  it('tells XML formats by their root element, past declaration, comments and doctype', () => {
    const nitf = '<?xml version="1.0"?>\n<!-- wire -->\n<!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf>';

    expect(detectFormat(nitf)).toBe('nitf');
    expect(
      detectFormat('<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'),
    ).toBe('newsml');
    expect(detectFormat('<rss version="2.0"><channel>')).toBe('rss');
    expect(detectFormat('<rdf:RDF xmlns:rdf="x">')).toBe('rss');
    expect(detectFormat('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('atom');
  });

  it('reads the new formats from extension and Content-Type', () => {
    expect(detectFormat('x', { key: 'a/b.json' })).toBe('json');
    expect(detectFormat('x', { contentType: 'application/vnd.iptc.g2.newsitem+xml' })).toBe(
      'newsml',
    );
  });

  it('reads anything else as plain text', () => {
    expect(detectFormat('Prose that mentions <b> once.', { key: 'file.bin' })).toBe('text');
  });

  it('reads names that Object.prototype also has as no format', () => {
    expect(detectFormat('<constructor>words</constructor>')).toBe('text');
    expect(detectFormat('<__proto__>words</__proto__>')).toBe('text');
    expect(detectFormat('Just words.', { key: 'notes/a.constructor' })).toBe('text');
  });

  it('gives up on a run of comments at once rather than backtracking through it', () => {
    expect(detectFormat(`${'<!---->'.repeat(5000)}<rss>`)).toBe('rss');
    expect(detectFormat(`${'<!---->'.repeat(5000)}x`)).toBe('text');
  });
});

/** A DOCTYPE whose internal subset runs to several KB, as some feed generators write. */
const longDoctype = (root: string) => {
  const entities = Array.from(
    { length: 120 },
    (_, i) => `  <!ENTITY e${i} "value ${i} with a > and a ] inside">\n`,
  ).join('');
  return `<?xml version="1.0"?>\n<!-- generated -->\n<!DOCTYPE ${root} [\n${entities}  <!-- ]> -->\n  <!ENTITY q 'it]>s'>\n]>\n<?xml-stylesheet href="s.xsl"?>\n`;
};

const ITEM_TEXT = 'The harbour ferry resumed its winter timetable on Wednesday after repairs.';

const rssWith = (prolog: string, description: string) =>
  `${prolog}<rss version="2.0"><channel><title>Courier</title><item><title>Ferry</title>` +
  `<link>https://courier.example.com/ferry</link><description>${description}</description>` +
  '</item></channel></rss>';

/** Every paragraph of every item of a read. */
const itemText = (result: ReadResult): string => {
  if (result.kind !== 'items') throw new Error(`expected items, got ${JSON.stringify(result)}`);
  return result.items
    .flatMap((item) => (item.result.kind === 'document' ? item.result.document.sections : []))
    .flatMap((section) => section.paragraphs)
    .join('\n');
};

describe('XML files with a DOCTYPE internal subset', () => {
  it('tells a feed or wire story by its root past a DOCTYPE of several KB', () => {
    expect(longDoctype('rss').length).toBeGreaterThan(4096);

    expect(detectFormat(`${longDoctype('rss')}<rss version="2.0"><channel>`)).toBe('rss');
    expect(detectFormat(`${longDoctype('feed')}<feed xmlns="http://www.w3.org/2005/Atom">`)).toBe(
      'atom',
    );
    expect(detectFormat(`${longDoctype('nitf')}<nitf>`)).toBe('nitf');
    expect(detectFormat(`${longDoctype('rdf:RDF')}<rdf:RDF xmlns:rdf="x">`)).toBe('rss');
  });

  it('reads the items of a feed behind a long DOCTYPE', () => {
    const result = readDocument(new TextEncoder().encode(rssWith(longDoctype('rss'), ITEM_TEXT)));

    expect(itemText(result)).toBe(ITEM_TEXT);
  });

  it('does not look past a prolog longer than its bound', () => {
    const prolog = `<!DOCTYPE rss [${'<!ENTITY e "x">'.repeat(5000)}]>`;

    expect(detectFormat(`${prolog}<rss>`)).toBe('text');
  });

  it('does not expand entities that reference each other (billion laughs)', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const prolog = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>`;

    const text = itemText(
      readDocument(new TextEncoder().encode(rssWith(prolog, `${ITEM_TEXT} &lol9;`))),
    );

    expect([`${ITEM_TEXT} &lol9;`, ITEM_TEXT]).toContain(text);
  });

  it('never resolves an external entity (XXE)', () => {
    const prolog =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

    const text = itemText(
      readDocument(new TextEncoder().encode(rssWith(prolog, `${ITEM_TEXT} &xxe;`))),
    );

    expect([`${ITEM_TEXT} &xxe;`, ITEM_TEXT]).toContain(text);
  });
});
