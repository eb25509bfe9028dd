import { describe, expect, it } from 'vitest';
import { measureArticle } from '#bench/cost/measure-article.ts';

/** A plain-text story long enough to be looked up for near duplicates (50 words or more). */
const STORY = [
  'Harbour Lift Bridge Reopens After Repairs',
  '',
  'The harbour lift bridge reopened to traffic on Tuesday morning after six weeks of repairs to its counterweight cables, the port authority said.',
  '',
  'Engineers replaced both cables and tested the span through twenty lifts overnight before the first buses crossed. Ferry timetables return to their winter pattern from Monday, and the temporary shuttle across the inner basin will stop running at the end of the week.',
].join('\n');

const sample = {
  key: 'news/bridge.txt',
  bytes: new TextEncoder().encode(STORY),
  contentType: 'text/plain',
};

describe('the requests the cost model counts per article', () => {
  it('counts every band query, but waits on them as rounds of six', async () => {
    const off = await measureArticle(sample, 1, 'off');
    const exact = await measureArticle(sample, 1, 'exact');
    const neighbours = await measureArticle(sample, 1, 'neighbours');

    // A new article: a consistent get, the content-hash query and the put, one after another.
    expect([off.requests.dynamoQuery, off.dynamoRounds]).toEqual([1, 3]);
    // The lookup answers the hash from the band 0 read: 4 band queries in one round
    // instead of the hash query and then the bands; 68 in ceil(68 / 6) = 12.
    expect([exact.requests.dynamoQuery, exact.dynamoRounds]).toEqual([4, 3]);
    expect([neighbours.requests.dynamoQuery, neighbours.dynamoRounds]).toEqual([68, 14]);
    // With the lookup off the record is stored without band keys 1-3: 3 index items fewer.
    expect(exact.writeUnits - off.writeUnits).toBe(3);
    expect(neighbours.writeUnits).toBe(exact.writeUnits);
  });
});
