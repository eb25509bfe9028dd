import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';
import { WorkBudget, withinBudget } from '#shared/domain/work-budget.ts';
import { toPlainDocument, toPlainText } from '#shared/extract/plain-text.ts';
import { emptyDocument } from '#shared/formats/document.ts';

/** About a megabyte of one fragment. */
const megabyteOf = (fragment: string) => fragment.repeat(Math.ceil(1_000_000 / fragment.length));

/** The plain text of `text`, the work units it charged and the milliseconds it took. */
const measured = (text: string) => {
  const budget = new WorkBudget(Number.MAX_SAFE_INTEGER);
  const started = performance.now();
  const plain = withinBudget(DEFAULT_LIMITS, budget, () => toPlainText(text));
  return { plain, units: budget.used, ms: performance.now() - started };
};

describe('toPlainText', () => {
  it('removes tags and keeps the text between them', () => {
    expect(toPlainText('Jane <img src=x onerror=alert(2)> Smith')).toBe('Jane Smith');
    expect(toPlainText('A <a href="/x" title="a > b">link</a>, then more.')).toBe(
      'A link, then more.',
    );
    expect(toPlainText('Word<b>s</b> join')).toBe('Words join');
  });

  it('leaves one space where a block element or whitespace was', () => {
    expect(toPlainText('<p>One.</p><p>Two.</p>')).toBe('One. Two.');
    expect(toPlainText('Line one<br/>line two')).toBe('Line one line two');
    expect(toPlainText('a \n <span> </span> \n b')).toBe('a b');
  });

  it('drops script and style elements with their content', () => {
    expect(toPlainText('Before <script>alert(1)</script> after')).toBe('Before after');
    expect(toPlainText('x<STYLE type="text/css">p{color:red}</Style >y')).toBe('x y');
  });

  it('drops comments, declarations and processing instructions', () => {
    expect(toPlainText('a <!-- note --> b')).toBe('a b');
    expect(toPlainText('<!DOCTYPE html><?xml version="1.0"?>Text')).toBe('Text');
  });

  it('strips tags with an unknown name when they have no bare-word attributes', () => {
    expect(toPlainText('<x onmouseover=alert(1)>hover</x>')).toBe('hover');
    expect(toPlainText('<o:p></o:p>Word <my-card data-id="7">card</my-card>')).toBe('Word card');
  });

  it('strips tags whose attributes follow a / instead of whitespace', () => {
    expect(toPlainText('a <img/src=x/onerror=alert(1)> b')).toBe('a b');
    expect(toPlainText('<svg/onload=alert(1)>Caption</svg>')).toBe('Caption');
    expect(toPlainText('x<img/src=x>y')).toBe('xy');
    expect(toPlainText('<a\tb>link</a> here')).toBe('link here');
    expect(toPlainText('<x/onmouseover=alert(1)>hover</x>')).toBe('hover');
  });

  it('keeps a tag left open at the end as text: it opens no element', () => {
    expect(toPlainText('x <img/')).toBe('x <img/');
    expect(toPlainText('x <img/src=x onerror=alert(1)')).toBe('x <img/src=x onerror=alert(1)');
  });

  it.each([
    'a < b and c > d',
    'x<y',
    '<3',
    'I <3 NY',
    'Write to <jane@example.com> today',
    'See <https://example.org/a>',
    'x<y and y>z',
    'Oh, <your name>. I knew it.',
    'MBC <숨바꼭질>로 승부',
    'evacuation (t < 24 hours)',
    '< >',
    'x << 2 >> 1',
    'a </ b',
    '1 < 2 > 0',
    'Pick <and/or> both',
  ])('keeps the text %j, which opens no tag', (text) => {
    expect(toPlainText(text)).toBe(text);
  });

  it('keeps the text after an opener that never closes', () => {
    expect(toPlainText('a <!-- never closed')).toBe('a <!-- never closed');
    expect(toPlainText('<script>tail')).toBe('tail');
  });

  it('reads an Object.prototype name as a plain element name', () => {
    expect(toPlainText('<constructor>a</constructor> b')).toBe('a b');
  });

  it('composes a combining mark that a removed tag separated from its letter', () => {
    expect(toPlainText('Cafe<b>\u0301</b>')).toBe('Caf\u00e9');
  });

  it('gets through a megabyte of hostile fragments with the right output', () => {
    const lessThans = megabyteOf('<');
    const openers = megabyteOf('<a');
    const quoted = megabyteOf('<a x="');
    const comments = megabyteOf('<!--');
    const scripts = megabyteOf('<script>');

    expect(toPlainText(lessThans)).toBe(lessThans);
    expect(toPlainText(openers)).toBe(openers);
    expect(toPlainText(quoted)).toBe(quoted);
    expect(toPlainText(comments)).toBe(comments);
    expect(toPlainText(scripts)).toBe('');
    expect(toPlainText(megabyteOf('<b>x</b>'))).toBe('x'.repeat(125_000));
  });

  it.each([
    ['a run of slashes after a name', `<a${'/'.repeat(1_000_000)}`],
    ['open tags with a slash', megabyteOf('<a/')],
    ['slashes between bare attributes', `<a${' b/'.repeat(300_000)}`],
    ['quotes of both kinds never closed', megabyteOf(`<a x=" y='`)],
  ])('reads a megabyte of %s in linear work, charged to the budget', (_, text) => {
    const { plain, units, ms } = measured(text);

    expect(plain).toBe(text);
    // A few units per character: each is looked at a bounded number of times.
    expect(units).toBeGreaterThan(0);
    expect(units).toBeLessThanOrEqual(4 * text.length);
    // Generous: linear is tens of milliseconds; a quadratic scan would take hours.
    expect(ms).toBeLessThan(5_000);
  });
});

describe('toPlainDocument', () => {
  it('makes every stated text plain and drops what held only markup', () => {
    const document = {
      ...emptyDocument('html'),
      title: 'Bridge <b>reopens</b>',
      subtitle: '<p>After repairs</p>',
      publisher: 'The <i>Gazette</i>',
      dateline: '<span>LISBON</span>',
      authors: ['Jane <img src=x onerror=alert(2)> Smith', '<br>'],
      keywords: ['<em>bridges</em>', '<hr/>'],
      sections: [{ heading: '<span></span>', paragraphs: ['It <script>x()</script> opened.'] }],
    };

    expect(toPlainDocument(document)).toEqual({
      ...document,
      title: 'Bridge reopens',
      subtitle: 'After repairs',
      publisher: 'The Gazette',
      dateline: 'LISBON',
      authors: ['Jane Smith'],
      keywords: ['bridges'],
      sections: [{ heading: null, paragraphs: ['It opened.'] }],
    });
  });
});

describe('toPlainDocument on table captions', () => {
  it('makes a caption plain and drops one that held only markup', () => {
    const document = {
      ...emptyDocument('html'),
      sections: [
        {
          heading: null,
          paragraphs: ['a b'],
          blocks: [
            { type: 'table' as const, rows: [['a', 'b']], caption: 'Votes <em>cast</em>' },
            { type: 'table' as const, rows: [['c', 'd']], caption: '<br>' },
          ],
        },
      ],
    };

    expect(toPlainDocument(document).sections[0]?.blocks).toEqual([
      { type: 'table', rows: [['a', 'b']], caption: 'Votes cast' },
      { type: 'table', rows: [['c', 'd']] },
    ]);
  });
});
