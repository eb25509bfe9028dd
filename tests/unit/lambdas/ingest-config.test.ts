import { describe, expect, it } from 'vitest';
import { loadConfig } from '#lambdas/ingest/config.ts';
import { ConfigError } from '#shared/domain/errors.ts';
import { DEFAULT_LIMITS } from '#shared/domain/limits.ts';

const REQUIRED = { TABLE_NAME: 'Articles', CONTENT_BUCKET_NAME: 'content' };

describe('loadConfig', () => {
  it('uses the default limits when no LIMIT_* variable is set', () => {
    expect(loadConfig(REQUIRED).limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads each limit from its LIMIT_* variable', () => {
    const config = loadConfig({
      ...REQUIRED,
      LIMIT_MAX_OBJECT_BYTES: '1048576',
      LIMIT_MAX_NESTING_DEPTH: '64',
    });

    expect(config.limits).toEqual({
      ...DEFAULT_LIMITS,
      maxObjectBytes: 1_048_576,
      maxNestingDepth: 64,
    });
  });

  it('fails at init, naming the variable, when a limit is not a positive integer', () => {
    const load = () => loadConfig({ ...REQUIRED, LIMIT_MAX_OBJECT_BYTES: '25MB' });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow("LIMIT_MAX_OBJECT_BYTES must be a positive integer, not '25MB'.");
  });

  it('fails at init when a required variable is missing', () => {
    expect(() => loadConfig({ TABLE_NAME: 'Articles' })).toThrow(
      'Environment variable CONTENT_BUCKET_NAME is required',
    );
  });
});
