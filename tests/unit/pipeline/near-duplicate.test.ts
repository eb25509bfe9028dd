import { describe, expect, it } from 'vitest';
import type { NearDuplicateProbes } from '#shared/domain/fingerprint-bands.ts';
import type { ObjectRef } from '#shared/domain/object-ref.ts';
import type { ArticleRecord } from '#shared/domain/record.ts';
import { ingestObject } from '#shared/pipeline/ingest-object.ts';
import {
  fingerprintSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
  nearestOriginal,
} from '#shared/pipeline/near-duplicate.ts';
import type { IngestDeps } from '#shared/pipeline/ports.ts';
import {
  AGENCY_STORY,
  SECOND_WIRE_COPY,
  UNRELATED_STORY,
  WIRE_COPY,
} from '../../fixtures/wire-copies.ts';
import { memoryRecordStore } from './memory-record-store.ts';

const BASE = '0123456789abcdef';
/** `BASE` with its lowest `bits` bits flipped. */
const apart = (bits: number): string =>
  (BigInt(`0x${BASE}`) ^ ((1n << BigInt(bits)) - 1n)).toString(16).padStart(16, '0');

const self = { articleId: 'new', fingerprint: BASE, wordCount: 200 };

describe('fingerprintSimilarity', () => {
  it('is the share of the 64 bits that agree', () => {
    expect(fingerprintSimilarity(BASE, BASE)).toBe(1);
    expect(fingerprintSimilarity(BASE, apart(8))).toBe(0.875);
    expect(fingerprintSimilarity('0000000000000000', 'ffffffffffffffff')).toBe(0);
  });
});

describe('nearestOriginal', () => {
  it('picks the earliest candidate similar enough, with its similarity', () => {
    const matches = [
      { articleId: 'later', fingerprint: apart(1), ingestedAt: '2025-11-03T00:00:00Z' },
      { articleId: 'earliest', fingerprint: apart(6), ingestedAt: '2025-11-01T00:00:00Z' },
      { articleId: 'too-far', fingerprint: apart(9), ingestedAt: '2025-10-01T00:00:00Z' },
    ];

    expect(nearestOriginal(matches, self)).toEqual({
      articleId: 'earliest',
      similarity: 1 - 6 / 64,
    });
  });

  it('breaks a tie of ingest times by id, and never picks the article itself', () => {
    const at = '2025-11-01T00:00:00Z';
    const matches = [
      { articleId: 'new', fingerprint: BASE, ingestedAt: '2025-01-01T00:00:00Z' },
      { articleId: 'b', fingerprint: apart(2), ingestedAt: at },
      { articleId: 'a', fingerprint: apart(3), ingestedAt: at },
    ];

    expect(nearestOriginal(matches, self)?.articleId).toBe('a');
  });

  it('marks at the threshold and not one bit past it', () => {
    const limit = Math.round(64 * (1 - NEAR_DUPLICATE_SIMILARITY));
    const at = (bits: number) => [
      { articleId: 'x', fingerprint: apart(bits), ingestedAt: '2025-11-01T00:00:00Z' },
    ];

    expect(nearestOriginal(at(limit), self)).toBeDefined();
    expect(nearestOriginal(at(limit + 1), self)).toBeUndefined();
  });

  it('gives a short body no near duplicate, however alike', () => {
    const matches = [{ articleId: 'x', fingerprint: BASE, ingestedAt: '2025-11-01T00:00:00Z' }];

    expect(nearestOriginal(matches, { ...self, wordCount: 30 })).toBeUndefined();
  });
});

const NOW = new Date('2025-11-05T10:00:00.000Z');

interface IngestSettings {
  probes?: NearDuplicateProbes;
  /** A store shared between calls (a fresh one when not given). */
  memory?: ReturnType<typeof memoryRecordStore>;
}

describe('ingestObject marks near duplicates', () => {
  const upload = (key: string, text: string, sequencer: string) => {
    const bytes = new TextEncoder().encode(text);
    const ref: ObjectRef = {
      bucket: 'articles',
      key,
      change: 'created',
      eventName: 'ObjectCreated:Put',
      eventTime: NOW.toISOString(),
      sequencer,
    };
    return { ref, bytes };
  };

  const ingestAll = async (
    files: ReturnType<typeof upload>[],
    { probes, memory = memoryRecordStore() }: IngestSettings = {},
  ) => {
    const bytesOf = new Map(files.map((file) => [file.ref.key, file.bytes]));
    let minute = 0;
    const deps: IngestDeps = {
      source: {
        fetchObject: async (ref) => {
          const bytes = bytesOf.get(ref.key) ?? new Uint8Array();
          return { kind: 'found', bytes, size: bytes.length, contentType: 'text/plain' };
        },
        headObject: async () => 'present',
      },
      store: memory.store,
      content: { putContent: async (key) => ({ bucket: 'content', key }) },
      now: () => new Date(NOW.getTime() + 60_000 * minute),
      ...(probes !== undefined && { nearDuplicateProbes: probes }),
    };
    const records: ArticleRecord[] = [];
    for (const file of files) {
      minute += 1;
      const outcome = await ingestObject(file.ref, deps);
      const stored = await memory.store.getRecord(outcome.articleId ?? '');
      if (stored) records.push(stored);
    }
    return records;
  };

  it('points a re-edited wire copy at the earlier story, with their similarity', async () => {
    const [original, copy] = await ingestAll([
      upload('agency/bridge.txt', AGENCY_STORY, '0A'),
      upload('site/bridge.txt', WIRE_COPY, '0B'),
    ]);

    expect(copy).toMatchObject({
      status: 'ingested',
      nearDuplicateOf: { articleId: original?.articleId },
    });
    expect(copy).not.toHaveProperty('duplicateOf');
    const similarity = copy?.status === 'ingested' ? copy.nearDuplicateOf?.similarity : 0;
    expect(similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(similarity).toBeLessThan(1);
    expect(original).not.toHaveProperty('nearDuplicateOf');
  });

  it('keeps an exact copy a duplicate, not a near duplicate', async () => {
    const [original, copy] = await ingestAll([
      upload('agency/bridge.txt', AGENCY_STORY, '0A'),
      upload('site/bridge.txt', AGENCY_STORY, '0B'),
    ]);

    expect(copy).toMatchObject({ duplicateOf: original?.articleId });
    expect(copy).not.toHaveProperty('nearDuplicateOf');
  });

  it('marks no other article, and a copy of a copy points at the first story', async () => {
    const [original, , other, second] = await ingestAll([
      upload('agency/bridge.txt', AGENCY_STORY, '0A'),
      upload('site/bridge.txt', WIRE_COPY, '0B'),
      upload('agency/comet.txt', UNRELATED_STORY, '0C'),
      upload('other-site/bridge.txt', SECOND_WIRE_COPY, '0D'),
    ]);

    expect(other).not.toHaveProperty('nearDuplicateOf');
    expect(second).toMatchObject({ nearDuplicateOf: { articleId: original?.articleId } });
  });

  describe('with the probes the deployment chose', () => {
    /** `fingerprint` with the lowest bit of each listed band flipped (band 0: its first 4 digits). */
    const flipBands = (fingerprint: string, bands: number[]): string =>
      bands
        .reduce((value, band) => value ^ (1n << BigInt(48 - 16 * band)), BigInt(`0x${fingerprint}`))
        .toString(16)
        .padStart(16, '0');

    /**
     * A store holding one earlier article whose fingerprint is the wire copy's with one
     * bit flipped in each of `bands`, and a store that counts the band queries sent.
     */
    const storeWithPlanted = async (bands: number[]) => {
      const [copy] = await ingestAll([upload('site/bridge.txt', WIRE_COPY, '0A')], {
        probes: 'off',
      });
      if (copy?.status !== 'ingested' || copy.fingerprint === undefined) throw new Error('no copy');
      const memory = memoryRecordStore();
      await memory.store.putRecord({
        ...copy,
        articleId: 'planted',
        contentHash: 'another body',
        ingestedAt: '2025-01-01T00:00:00.000Z',
        fingerprint: flipBands(copy.fingerprint, bands),
      });
      const queries: number[] = [];
      const find = memory.store.findByFingerprintBands.bind(memory.store);
      memory.store.findByFingerprintBands = async (probes) => {
        queries.push(probes.length);
        return find(probes);
      };
      return { memory, queries };
    };

    const ingestCopy = async (bands: number[], probes: NearDuplicateProbes) => {
      const { memory, queries } = await storeWithPlanted(bands);
      const [copy] = await ingestAll([upload('site/bridge.txt', WIRE_COPY, '0B')], {
        probes,
        memory,
      });
      return { copy, queries };
    };

    it('sends no band query and marks nothing when the lookup is off', async () => {
      const { copy, queries } = await ingestCopy([1, 2, 3], 'off');

      expect(queries).toEqual([]);
      expect(copy).not.toHaveProperty('nearDuplicateOf');
    });

    it('finds an original sharing a band exactly with 4 queries (exact)', async () => {
      const { copy, queries } = await ingestCopy([1, 2, 3], 'exact');

      expect(queries).toEqual([4]);
      expect(copy).toMatchObject({
        nearDuplicateOf: { articleId: 'planted', similarity: 61 / 64 },
      });
    });

    it('misses, with exact probes, an original one bit off in every band', async () => {
      const { copy, queries } = await ingestCopy([0, 1, 2, 3], 'exact');

      expect(queries).toEqual([4]);
      expect(copy).not.toHaveProperty('nearDuplicateOf');
    });

    it('finds it with the 68 queries of the neighbours probes', async () => {
      const { copy, queries } = await ingestCopy([0, 1, 2, 3], 'neighbours');

      expect(queries).toEqual([68]);
      expect(copy).toMatchObject({
        nearDuplicateOf: { articleId: 'planted', similarity: 60 / 64 },
      });
    });

    it('finds originals ingested while the lookup was off, once it is turned on', async () => {
      const memory = memoryRecordStore();
      const [original] = await ingestAll([upload('agency/bridge.txt', AGENCY_STORY, '0A')], {
        probes: 'off',
        memory,
      });
      const [copy] = await ingestAll([upload('site/bridge.txt', WIRE_COPY, '0B')], {
        probes: 'exact',
        memory,
      });

      expect(copy).toMatchObject({ nearDuplicateOf: { articleId: original?.articleId } });
    });
  });
});
