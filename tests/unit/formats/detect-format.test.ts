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

  it('reads anything else as plain text', () => {
    expect(detectFormat('Prose that mentions <b> once.', { key: 'file.bin' })).toBe('text');
  });
});
