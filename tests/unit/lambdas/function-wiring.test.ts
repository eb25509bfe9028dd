import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeEventFor } from '#shared/changes/change-event-for.ts';
import { article } from '../changes/records.ts';

/**
 * The functions' wiring runs at import, so each case loads it afresh under the
 * environment Lambda gives a function: the execution role's keys, the region and the
 * template's variables. Nothing is called at init: building the clients sends nothing.
 */
describe("the functions' wiring", () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubEnv('AWS_REGION', 'eu-west-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'token');
    vi.stubEnv('TABLE_NAME', 'ArticlesTable');
    vi.stubEnv('CONTENT_BUCKET_NAME', 'content');
    vi.stubEnv('EVENT_BUS_NAME', 'ArticleEvents');
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('ingest: builds the object source, the record store and the content store', async () => {
    const { deps } = await import('#lambdas/ingest/deps.ts');

    expect(deps.source.fetchObject).toBeTypeOf('function');
    expect(deps.store.putRecord).toBeTypeOf('function');
    expect(deps.content?.putContent).toBeTypeOf('function');
  });

  it('publish: builds the EventBridge publisher, ten events a call', async () => {
    const { deps } = await import('#lambdas/publish/deps.ts');

    expect(deps.publisher.maxBatch).toBe(10);
  });

  it('reads no credentials at init: a call without them fails, naming the variables', async () => {
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', undefined);
    const { deps } = await import('#lambdas/ingest/deps.ts');

    const error = await deps.store.getRecord('0'.repeat(32)).catch((e) => e);

    expect(error.name).toBe('TransientError'); // a fresh module graph: another class object
    expect(error.cause.message).toMatch(/AWS_SECRET_ACCESS_KEY/);
  });

  it('a call without a region fails, naming the variable', async () => {
    vi.stubEnv('AWS_REGION', undefined);
    vi.stubEnv('AWS_DEFAULT_REGION', undefined);
    const { deps } = await import('#lambdas/publish/deps.ts');

    const event = changeEventFor(null, article('01'), { tableName: 'ArticlesTable' });
    if (!event) throw new Error('expected an event');

    const error = await deps.publisher.put([event]).catch((e) => e);

    expect(error.name).toBe('TransientError'); // a fresh module graph: another class object
    expect(error.cause.message).toMatch(/AWS_REGION/);
  });
});
