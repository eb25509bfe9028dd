import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../shared/formats/detect-format.ts';

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
});
