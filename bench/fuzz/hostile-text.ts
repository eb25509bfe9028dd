import { strToU8 } from 'fflate';
import { type HostileItem, hostile, MIB, repeatTo } from './hostile-item.ts';

const STORY =
  'Seawall repairs approved\n\nHarbour Town council approved the seawall repairs on Tuesday after the winter storms. ' +
  'Officials said the work would take two years.\n\nThe mayor said the town could not wait for another storm.\n';
/** One line as long as the largest upload is likely to be (the object limit is 25 MiB). */
const HUGE_LINE = 20 * MIB;
const DEEP_JSON = 100_000;
const DEEP_MARKDOWN = 50_000;
/** 1000 levels of two-space indentation: about 1 MB. */
const DEEP_LIST = 1000;

const text = (build: () => string) => (): Uint8Array => strToU8(build());

const utf16 = (value: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(value.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value.charCodeAt(i), littleEndian);
  return out;
};

/** The story with control characters (C0, DEL, C1 as UTF-8) after every few words. */
const withControls = (): string => {
  const controls = [
    '\u0001',
    '\u0007',
    '\u000b',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u009b',
    '\u2028',
  ];
  return STORY.split(' ')
    .map((word, i) => (i % 3 === 0 ? `${word}${controls[i % controls.length]}` : word))
    .join(' ');
};

/** The story with invalid UTF-8 (lone continuation, overlong, surrogate half, truncated) spliced in. */
const withInvalidUtf8 = (): Uint8Array => {
  const bad = [
    [0x80],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xe2, 0x82],
    [0xff],
  ];
  const parts = STORY.split(' ').flatMap((word, i) => [
    strToU8(`${word} `),
    Uint8Array.from(bad[i % bad.length] ?? []),
  ]);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

export const TEXT_ITEMS: HostileItem[] = [
  hostile(
    'text-huge-line-20m',
    'text',
    text(() => repeatTo('word ', HUGE_LINE)),
  ),
  hostile(
    'text-one-byte',
    'text',
    text(() => 'a'),
    { cheap: true },
  ),
  hostile(
    'html-one-byte',
    'html',
    text(() => '<'),
    { cheap: true },
  ),
  hostile(
    'json-one-byte',
    'json',
    text(() => '{'),
    { cheap: true },
  ),
  hostile(
    'markdown-one-byte',
    'markdown',
    text(() => '#'),
    { cheap: true },
  ),
  hostile(
    'text-few-words',
    'text',
    text(() => 'Hello world.'),
    { cheap: true },
  ),
  hostile(
    'html-few-words',
    'html',
    text(() => '<p>Hello there</p>'),
    { cheap: true },
  ),
  hostile(
    'rss-few-words',
    'rss',
    text(() => '<rss><channel><item><title>Hi</title></item></channel></rss>'),
    {
      cheap: true,
    },
  ),
  hostile('text-control-characters', 'text', text(withControls), { cheap: true }),
  hostile('text-invalid-utf8', 'text', withInvalidUtf8, { cheap: true }),
  hostile('text-utf16le-no-bom', 'text', () => utf16(STORY, true), { cheap: true }),
  hostile('text-utf16be-no-bom', 'text', () => utf16(STORY, false), { cheap: true }),
  hostile(
    'json-deep-nesting',
    'json',
    text(() => `${'['.repeat(DEEP_JSON)}"x"${']'.repeat(DEEP_JSON)}`),
  ),
  hostile(
    'markdown-deep-blockquote',
    'markdown',
    text(() => `# Title\n\n${'> '.repeat(DEEP_MARKDOWN)}${STORY}`),
  ),
  hostile(
    'markdown-deep-list',
    'markdown',
    text(
      () =>
        `# Title\n\n${Array.from({ length: DEEP_LIST }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`,
    ),
  ),
];
