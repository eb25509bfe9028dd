import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '#bench/eval/args.ts';
import {
  parseStripList,
  STRIP_SOURCES,
  stripMarkup,
  stripSummary,
} from '#bench/eval/strip-markup.ts';
import { UsageError } from '#local/command-line/usage-error.ts';

const strip = (html: string, list: string): string =>
  Buffer.from(stripMarkup(new TextEncoder().encode(html), parseStripList(list))).toString('utf8');

const PAGE = [
  '<html><head><meta charset="utf-8">',
  '<meta http-equiv="Content-Type" content="text/html">',
  '<title>Bridge opens | Daily Bridge</title>',
  '<meta property="og:title" content="Bridge opens">',
  '<meta name="author" content="Ann Lee"><meta itemprop="datePublished" content="2024-05-01">',
  '<script type="application/ld+json">{"headline":"Bridge opens"}</script>',
  '<script>var keep = 1;</script></head>',
  '<body><article itemscope itemtype="https://schema.org/NewsArticle">',
  '<h1 itemprop="headline" class="big">Bridge opens</h1>',
  '<time datetime="2024-05-01T09:00" class="d">1 May 2024</time><p>Text &amp; more.</p>',
  '</article></body></html>',
].join('');

describe('stripMarkup', () => {
  it('leaves the page byte for byte as it is with nothing to strip', () => {
    expect(strip(PAGE, '')).toBe(PAGE);
  });

  it('removes JSON-LD scripts and keeps other scripts', () => {
    const out = strip(PAGE, 'json-ld');
    expect(out).not.toContain('ld+json');
    expect(out).not.toContain('{"headline"');
    expect(out).toContain('<script>var keep = 1;</script>');
  });

  it('removes named metas but keeps the charset and the content type', () => {
    const out = strip(PAGE, 'meta');
    expect(out).not.toContain('og:title');
    expect(out).not.toContain('name="author"');
    expect(out).not.toContain('datePublished');
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).toContain('<meta http-equiv="Content-Type" content="text/html">');
    expect(out).toContain('<title>Bridge opens | Daily Bridge</title>');
  });

  it("drops <time>'s datetime and keeps its text and other attributes", () => {
    const out = strip(PAGE, 'time');
    expect(out).toContain('<time class="d">1 May 2024</time>');
    expect(out).not.toContain('2024-05-01T09:00');
  });

  it('drops microdata attributes and keeps the elements', () => {
    const out = strip(PAGE, 'microdata');
    expect(out).toContain('<article>');
    expect(out).toContain('<h1 class="big">Bridge opens</h1>');
    expect(out).not.toMatch(/itemscope|itemtype|itemprop="headline"/);
  });

  it('removes the <title> element', () => {
    expect(strip(PAGE, 'title')).not.toContain('<title>');
    expect(strip(PAGE, 'title')).toContain('og:title');
  });

  it('removes a self-closed SVG <title/> alone, not the page after it', () => {
    const page = '<title>Page</title><svg><title/><path d="x"/></svg><h1>Head</h1>';
    expect(strip(page, 'title')).toBe('<svg><path d="x"/></svg><h1>Head</h1>');
    expect(strip('<svg><title>Icon<path/></svg><h1>Head</h1>', 'title')).toBe(
      '<svg></svg><h1>Head</h1>',
    );
  });

  it('strips everything with `all`, keeping the visible text and entities as written', () => {
    const out = strip(PAGE, 'all');
    expect(out).not.toMatch(/og:title|ld\+json|datetime=|itemprop|<title>/);
    expect(out).toContain('<h1 class="big">Bridge opens</h1>');
    expect(out).toContain('<p>Text &amp; more.</p>');
  });

  it('keeps bytes of any charset outside the removed spans', () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('<p>', 'latin1'),
      0x82,
      0xa0,
      0xff,
      ...Buffer.from('</p><title>x</title>', 'latin1'),
    ]);
    const out = stripMarkup(bytes, ['title']);
    expect([...out]).toEqual([
      ...Buffer.from('<p>', 'latin1'),
      0x82,
      0xa0,
      0xff,
      ...Buffer.from('</p>'),
    ]);
  });

  it('removes an unclosed JSON-LD script to the end of the page', () => {
    expect(strip('<p>a</p><script type="application/ld+json">{"x":1}', 'json-ld')).toBe('<p>a</p>');
  });

  it('quotes an attribute value that holds a double quote', () => {
    expect(strip(`<time datetime="2024" title='say "hi"'>x</time>`, 'time')).toBe(
      '<time title="say &quot;hi&quot;">x</time>',
    );
  });

  it('handles a deeply nested page without recursion', () => {
    const deep = `${'<div>'.repeat(20_000)}<time datetime="2024">x</time>`;
    expect(strip(deep, 'time').endsWith('<time>x</time>')).toBe(true);
  });
});

describe('parseStripList', () => {
  it('reads a comma list, `all`, or nothing', () => {
    expect(parseStripList('meta, json-ld')).toEqual(['json-ld', 'meta']);
    expect(parseStripList('all')).toEqual([...STRIP_SOURCES]);
    expect(parseStripList(undefined)).toEqual([]);
  });

  it('refuses an unknown source', () => {
    expect(() => parseStripList('meta,opengraph')).toThrow(UsageError);
    expect(() => parseStripList('meta,opengraph')).toThrow(/unknown source opengraph/);
  });

  it('is what --strip gives the eval, and the summary names what was stripped', () => {
    expect(parseEvalArgs(['--strip', 'time,title'], '/repo', '/cwd').strip).toEqual([
      'time',
      'title',
    ]);
    expect(parseEvalArgs([], '/repo', '/cwd').strip).toEqual([]);
    expect(stripSummary(['meta'])).toMatch(/stripped .*: meta \(/);
    expect(stripSummary([])).toMatch(/none/);
  });
});
