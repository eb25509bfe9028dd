import { describe, expect, it } from 'vitest';
import { generateFiles, type TemplateFile } from '#bench/e2e/generate-files.ts';
import { varyText } from '#bench/e2e/vary-content.ts';

const text = (value: string) => new TextEncoder().encode(value);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const templates: TemplateFile[] = [
  { name: 'page', extension: 'html', bytes: text('<html><body><p>Hello.</p></body></html>') },
  { name: 'story', extension: 'txt', bytes: text('A story.\n') },
  { name: 'api', extension: 'json', bytes: text('{"data":{"title":"T","body":"Text."}}') },
  { name: 'blob', extension: 'pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
];

describe('generateFiles', () => {
  it('gives the same files for the same seed, and other text for another seed', () => {
    const first = generateFiles(templates, 12, { seed: 9, prefix: 'e2e/' });
    const again = generateFiles(templates, 12, { seed: 9, prefix: 'e2e/' });
    const other = generateFiles(templates, 12, { seed: 10, prefix: 'e2e/' });

    expect(again).toEqual(first);
    expect(other.map((f) => f.key)).toEqual(first.map((f) => f.key));
    expect(decode((other[0] as { body: Uint8Array }).body)).not.toBe(
      decode((first[0] as { body: Uint8Array }).body),
    );
  });

  it('cycles through the templates with keys that sort in order and content types by extension', () => {
    const files = generateFiles(templates, 5, { seed: 1, prefix: 'run/' });

    expect(files.map((f) => f.key)).toEqual([
      'run/00000-page.html',
      'run/00001-story.txt',
      'run/00002-api.json',
      'run/00003-blob.pdf',
      'run/00004-page.html',
    ]);
    expect(files.map((f) => f.contentType)).toEqual([
      'text/html',
      'text/plain',
      'application/json',
      'application/pdf',
      'text/html',
    ]);
  });

  it('gives every text file content of its own and sends binaries unchanged', () => {
    const files = generateFiles(templates, 8, { seed: 3, prefix: '' });
    const texts = files.filter((f) => !f.key.endsWith('.pdf')).map((f) => decode(f.body));

    expect(new Set(texts).size).toBe(texts.length);
    expect(files[3]?.body).toEqual(templates[3]?.bytes);
  });
});

describe('varyText', () => {
  it('puts the sentence where each format keeps article text', () => {
    expect(varyText('html', '<body><p>A.</p></body>', 'B & C.')).toBe(
      '<body><p>A.</p><p>B &amp; C.</p>\n</body>',
    );
    expect(varyText('xml', '<item><description>A.</description></item>', 'B.')).toBe(
      '<item><description>A. B.</description></item>',
    );
    expect(JSON.parse(varyText('json', '[{"articleBody":"A."}]', 'B.'))).toEqual([
      { articleBody: 'A. B.' },
    ]);
    expect(varyText('md', '# T\n\nA.\n\n', 'B.')).toBe('# T\n\nA.\n\nB.\n');
  });

  it('leaves a file with no place for text unchanged', () => {
    expect(varyText('xml', '<empty/>', 'B.')).toBe('<empty/>');
    expect(varyText('json', '{"n":1}', 'B.')).toBe('{"n":1}');
  });
});
