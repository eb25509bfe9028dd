import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleRecord, type SourceFacts } from '#shared/domain/record.ts';
import { lifecycleFields } from '#shared/pipeline/record-base.ts';

/**
 * A deployed bucket's name and an object's version, ETag and sequencer, at the lengths
 * S3 gives them: expected.json leaves out what depends on the upload, and these bytes
 * are part of every stored item.
 */
const DEPLOYED_BUCKET = 'articleingest-articlesbucket4f2a9c1d-1x2y3z4w5v6u';
const VERSION_ID = '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrH';
const ETAG = '"6805f2cfc46c0f04559748bb039d69ae"';
const SEQUENCER = '0062E99A88DC407460';
const CONTENT_TYPE = 'application/octet-stream';
const UPLOADED = new Date('2026-01-15T12:00:00Z');

export interface GoldenRecord {
  slug: string;
  record: ArticleRecord;
}

const sourceFor = (key: string, size: number, item?: SourceFacts['item']): SourceFacts => ({
  bucket: DEPLOYED_BUCKET,
  key,
  versionId: VERSION_ID,
  eTag: ETAG,
  size,
  contentType: CONTENT_TYPE,
  sequencer: SEQUENCER,
  ...(item ? { item } : {}),
});

/**
 * The records of every golden fixture (`<dir>/<slug>/expected.json`, one record or the
 * items of a file), completed with the fields an upload adds and parsed as stored.
 */
export const loadGoldenRecords = (articlesDir: string): GoldenRecord[] =>
  readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(articlesDir, entry.name);
      const input = readdirSync(dir).find((name) => name.startsWith('input.')) ?? 'input';
      const expected: unknown = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const entries = (Array.isArray(expected) ? expected : [expected]) as Record<
        string,
        unknown
      >[];
      return entries.map(({ item, ...content }) => {
        const size = statSync(join(dir, input)).size;
        const source = sourceFor(`${entry.name}/${input}`, size, item as SourceFacts['item']);
        const record = ArticleRecord.parse({ ...content, ...lifecycleFields(source, UPLOADED) });
        return { slug: entry.name, record };
      });
    });
