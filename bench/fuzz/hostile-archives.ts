import { gzipSync, strFromU8, strToU8, unzipSync, type ZippableFile, zipSync } from 'fflate';
import { buildDocx } from '../../tests/unit/formats/docx-builder.ts';
import { BOMB, type HostileItem, hostile, MIB, PASSWD_LEAK, repeatTo } from './hostile-item.ts';
import { patchDeclaredSize } from './zip-patch.ts';

const STORY =
  'Harbour Town council approved the seawall repairs on Tuesday after winter storms. ' +
  'Officials said the work would take two years and cost more than planned.\n\n';
/** What a lying header declares: small enough that a reader trusting it allocates nothing. */
const LIED_SIZE = 100;
/** Expands past the 50 MiB expansion limit, and far past the 100x ratio. */
const BOMB_BYTES = 100 * MIB;
/** A lying entry big enough to hurt a reader that trusts the header, under the expansion limit. */
const LYING_BYTES = 8 * MIB;
/** A DOCX has 10-30 entries; this is far past the 1000-entry limit. */
const MANY_ENTRIES = 5000;
/** Unix mode of a symbolic link (S_IFLNK | 0777) in the high half of the external attributes. */
const SYMLINK_ATTRS = (0o120777 << 16) >>> 0;
const UNIX = 3;
const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

const bombBytes = (): Uint8Array => new Uint8Array(BOMB_BYTES).fill(0x61);

/** The gzip trailer's last four bytes: the size modulo 2^32 the member claims to expand to. */
const patchGzipSize = (gzip: Uint8Array, size: number): Uint8Array => {
  const out = gzip.slice();
  new DataView(out.buffer).setUint32(out.length - 4, size, true);
  return out;
};

const docxOfBytes = (bytes: number): Uint8Array => {
  const paragraph = STORY.trim();
  const count = Math.ceil(bytes / paragraph.length);
  return buildDocx({
    paragraphs: Array.from({ length: count }, (): [string, string] => ['', paragraph]),
  });
};

/** A DOCX whose zip is sound and whose document.xml stops in the middle of a tag. */
const truncatedXmlDocx = (): Uint8Array => {
  const files = unzipSync(
    buildDocx({
      paragraphs: [
        ['Title', 'Seawall repairs'],
        ['', STORY],
      ],
    }),
  );
  const document = strFromU8(files[DOCUMENT] ?? new Uint8Array());
  files[DOCUMENT] = strToU8(document.slice(0, document.indexOf('<w:t') + 3));
  return zipSync(files);
};

/** Far past the 400 levels the XML reader reads, small enough for the test slice. */
const DEEP_XML = 2000;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A DOCX whose document.xml, or core.xml, nests elements `DEEP_XML` levels deep. */
const deepDocx = (where: 'document' | 'core'): Uint8Array => {
  const files = unzipSync(
    buildDocx({ paragraphs: [['', STORY]], core: { title: 'Seawall repairs' } }),
  );
  const nested = `${'<w:sdt><w:sdtContent>'.repeat(DEEP_XML)}<w:p><w:r><w:t>${STORY}</w:t></w:r></w:p>`;
  if (where === 'document') {
    files[DOCUMENT] = strToU8(`<w:document xmlns:w="${W}"><w:body>${nested}</w:body></w:document>`);
  } else {
    files[CORE] = strToU8(
      `<cp:coreProperties><dc:title>${'<x>'.repeat(DEEP_XML)}</dc:title></cp:coreProperties>`,
    );
  }
  return zipSync(files);
};

export const ARCHIVE_ITEMS: HostileItem[] = [
  hostile(
    'zip-lying-size',
    'zip',
    () =>
      patchDeclaredSize(
        zipSync({ 'story.txt': strToU8(repeatTo(STORY, LYING_BYTES)) }),
        'story.txt',
        LIED_SIZE,
      ),
    { expect: BOMB },
  ),
  hostile('zip-bomb', 'zip', () => zipSync({ 'story.txt': bombBytes() }, { level: 9 }), {
    expect: BOMB,
  }),
  hostile(
    'zip-bomb-lying',
    'zip',
    () =>
      patchDeclaredSize(
        zipSync({ 'story.txt': bombBytes() }, { level: 9 }),
        'story.txt',
        LIED_SIZE,
      ),
    { expect: BOMB },
  ),
  hostile('gzip-bomb', 'gzip', () => gzipSync(bombBytes(), { level: 9 }), { expect: BOMB }),
  hostile(
    'gzip-bomb-lying-isize',
    'gzip',
    () => patchGzipSize(gzipSync(bombBytes(), { level: 9 }), LIED_SIZE),
    { expect: BOMB },
  ),
  hostile(
    'zip-holding-gzip-bomb',
    'zip',
    () => zipSync({ 'story.txt.gz': [gzipSync(bombBytes(), { level: 9 }), { level: 0 }] }),
    { expect: BOMB },
  ),
  hostile(
    'zip-symlink',
    'zip',
    () => {
      const link: ZippableFile = [strToU8('/etc/passwd'), { os: UNIX, attrs: SYMLINK_ATTRS }];
      return zipSync({ 'story.txt': strToU8(STORY), 'passwd.txt': link });
    },
    { cheap: true, mustNotContain: PASSWD_LEAK },
  ),
  hostile(
    'zip-traversal-names',
    'zip',
    () =>
      zipSync({
        '../../etc/x.txt': strToU8(STORY),
        '/etc/absolute.txt': strToU8(STORY),
        'nul\u0000name.txt': strToU8(STORY),
        'C:\\windows\\x.txt': strToU8(STORY),
      }),
    { cheap: true },
  ),
  hostile(
    'zip-many-entries',
    'zip',
    () => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < MANY_ENTRIES; i++) files[`e${i}.txt`] = strToU8('x');
      return zipSync(files);
    },
    { cheap: true, expect: ['rejected:too-large'] },
  ),
  hostile(
    'docx-lying-document',
    'docx',
    () => patchDeclaredSize(docxOfBytes(LYING_BYTES), DOCUMENT, LIED_SIZE),
    { expect: BOMB },
  ),
  hostile('docx-truncated-xml', 'docx', truncatedXmlDocx, { cheap: true }),
  hostile('docx-deep-document', 'docx', () => deepDocx('document'), { cheap: true }),
  hostile('docx-deep-core', 'docx', () => deepDocx('core'), { cheap: true }),
];
