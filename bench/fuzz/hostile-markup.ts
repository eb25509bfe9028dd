import { strToU8 } from 'fflate';
import { type HostileItem, hostile, MIB, PASSWD_LEAK, repeatTo, TOO_DEEP } from './hostile-item.ts';

const KB = 1024;
const PARAGRAPH = 'The council approved the seawall repairs on Tuesday after the winter storms. ';
/** Real pages nest under ~100 levels; the parsers stop at 400. */
const DEEP_DIVS = 200_000;
const SHALLOWER_DIVS = 5000;
const HUGE_ATTRIBUTE = 10 * MIB;
const LONG_DOCTYPE = 4 * MIB;
/** Linear but slow per byte (an element every few bytes): the time budget's case. */
const DENSE = 20 * MIB;
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Built when the item runs, not when the catalogue is loaded. */
const text = (build: () => string) => (): Uint8Array => strToU8(build());

const deepDivs = (depth: number): string =>
  `<!DOCTYPE html><html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`;

/** Paragraphs opened and never closed, as broken wire copy has them, to `bytes` in all. */
const unclosedParagraphs = (bytes: number): string => repeatTo(`<p>${PARAGRAPH}`, bytes);

const nitfUnclosed = (bytes: number): string =>
  `${XML}<nitf><head><title>Seawall repairs</title></head><body><body.head><hedline><hl1>Seawall repairs</hl1></hedline></body.head><body.content>${unclosedParagraphs(bytes)}</body.content></body></nitf>`;

const newsmlUnclosed = (bytes: number): string =>
  `${XML}<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1"><contentMeta><headline>Seawall repairs</headline></contentMeta>` +
  `<contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>${unclosedParagraphs(bytes)}</body.content></body></nitf></inlineXML></contentSet></newsItem>`;

const rss = (doctype: string, description: string): string =>
  `${XML}${doctype}<rss version="2.0"><channel><title>Gazette</title><link>https://example.org/</link>` +
  `<item><title>Seawall repairs</title><guid>1</guid><description>${description}</description></item></channel></rss>`;

const LAUGHS = [
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => {
    const previous = i === 0 ? 'lol' : `lol${i}`;
    return `<!ENTITY lol${i + 1} "${`&${previous};`.repeat(10)}">`;
  }),
].join('');
const XXE = '<!ENTITY x SYSTEM "file:///etc/passwd">';

export const MARKUP_ITEMS: HostileItem[] = [
  hostile(
    'html-deep-divs-200k',
    'html',
    text(() => deepDivs(DEEP_DIVS)),
    { expect: TOO_DEEP },
  ),
  hostile(
    'html-deep-divs-5k',
    'html',
    text(() => deepDivs(SHALLOWER_DIVS)),
    { cheap: true, expect: TOO_DEEP },
  ),
  hostile(
    'nitf-unclosed-p-20k',
    'nitf',
    text(() => nitfUnclosed(20 * KB)),
    { cheap: true },
  ),
  hostile(
    'nitf-unclosed-p-2m',
    'nitf',
    text(() => nitfUnclosed(2 * MIB)),
  ),
  hostile(
    'newsml-unclosed-p-20k',
    'newsml',
    text(() => newsmlUnclosed(20 * KB)),
    { cheap: true },
  ),
  hostile(
    'newsml-unclosed-p-2m',
    'newsml',
    text(() => newsmlUnclosed(2 * MIB)),
  ),
  hostile(
    'html-dense-elements-20m',
    'html',
    text(() => `<!DOCTYPE html><html><body>${repeatTo('<p>a ', DENSE)}</body></html>`),
  ),
  hostile(
    'markdown-huge-table-10m',
    'markdown',
    text(() => `# Fares\n\n| a | b |\n|---|---|\n${repeatTo('| x | y |\n', DENSE / 2)}`),
  ),
  hostile('html-huge-attribute', 'html', () =>
    strToU8(
      `<!DOCTYPE html><html><body><div data-x="${repeatTo('a', HUGE_ATTRIBUTE)}"><p>${PARAGRAPH}</p></div></body></html>`,
    ),
  ),
  // A byline's names are read from its head: a megabyte of link text or meta author
  // (no spaces, no @) is not searched for e-mail addresses and handles to its end.
  hostile(
    'html-huge-byline',
    'html',
    text(
      () =>
        `<!DOCTYPE html><html><head><meta name="author" content="${repeatTo('x', MIB)}"></head><body><h1>Seawall</h1><a rel="author" href="/author/x">${repeatTo('aB', MIB)}</a><p>${PARAGRAPH}</p></body></html>`,
    ),
  ),
  hostile('rss-huge-attribute', 'rss', () =>
    strToU8(
      rss('', PARAGRAPH).replace('<item>', `<item data-x="${repeatTo('a', HUGE_ATTRIBUTE)}">`),
    ),
  ),
  hostile(
    'rss-billion-laughs',
    'rss',
    text(() => rss(`<!DOCTYPE rss [${LAUGHS}]>`, `${PARAGRAPH}&lol9;`)),
    {
      cheap: true,
    },
  ),
  hostile(
    'nitf-billion-laughs',
    'nitf',
    text(() =>
      nitfUnclosed(KB)
        .replace('<nitf>', `<!DOCTYPE nitf [${LAUGHS}]><nitf>`)
        .replace('</body.content>', '&lol9;</body.content>'),
    ),
    {
      cheap: true,
    },
  ),
  hostile(
    'rss-xxe',
    'rss',
    text(() => rss(`<!DOCTYPE rss [${XXE}]>`, `${PARAGRAPH}&x;`)),
    {
      cheap: true,
      mustNotContain: PASSWD_LEAK,
    },
  ),
  hostile(
    'nitf-xxe',
    'nitf',
    text(() =>
      nitfUnclosed(KB)
        .replace('<nitf>', `<!DOCTYPE nitf [${XXE}]><nitf>`)
        .replace('</body.content>', '&x;</body.content>'),
    ),
    {
      cheap: true,
      mustNotContain: PASSWD_LEAK,
    },
  ),
  hostile(
    'rss-long-doctype',
    'rss',
    text(() => rss(`<!DOCTYPE rss [${repeatTo('<!-- padding -->', LONG_DOCTYPE)}]>`, PARAGRAPH)),
  ),
  hostile(
    'atom-long-doctype-unclosed',
    'atom',
    text(
      () =>
        `${XML}<!DOCTYPE feed [${repeatTo('<!ENTITY e "x">', LONG_DOCTYPE)}<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title></entry></feed>`,
    ),
  ),
  hostile(
    'html-markup-in-entities',
    'html',
    text(
      () =>
        `<!DOCTYPE html><html><body><article><h1>Escaped &lt;script&gt;</h1><p>${PARAGRAPH}&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt;</p></article></body></html>`,
    ),
    { cheap: true },
  ),
  hostile(
    'rss-markup-in-entities',
    'rss',
    text(() =>
      rss(
        '',
        `&lt;p&gt;${PARAGRAPH}&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;`,
      ),
    ),
    { cheap: true },
  ),
];
