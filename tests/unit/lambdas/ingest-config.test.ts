import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MESSAGE_CONCURRENCY,
  loadConfig,
  MAX_MESSAGE_CONCURRENCY,
} from '#lambdas/ingest/config.ts';
import { ConfigError } from '#shared/domain/errors.ts';
import {
  DEFAULT_NEAR_DUPLICATE_PROBES,
  NEAR_DUPLICATE_PROBE_MODES,
} from '#shared/domain/fingerprint-bands.ts';
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

  it('uses the default near-duplicate probes when NEAR_DUPLICATE_PROBES is not set', () => {
    expect(loadConfig(REQUIRED).nearDuplicateProbes).toBe(DEFAULT_NEAR_DUPLICATE_PROBES);
  });

  it('reads each near-duplicate probe mode', () => {
    const modes = NEAR_DUPLICATE_PROBE_MODES.map(
      (mode) => loadConfig({ ...REQUIRED, NEAR_DUPLICATE_PROBES: mode }).nearDuplicateProbes,
    );

    expect(modes).toEqual(['off', 'exact', 'neighbours']);
  });

  it('fails at init, in one sentence naming the choices, on an unknown probe mode', () => {
    const load = () => loadConfig({ ...REQUIRED, NEAR_DUPLICATE_PROBES: 'neighbors' });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      "NEAR_DUPLICATE_PROBES must be one of off, exact, neighbours, not 'neighbors'.",
    );
  });
});

describe('loadConfig: MESSAGE_CONCURRENCY', () => {
  it('uses the default when MESSAGE_CONCURRENCY is not set', () => {
    expect(loadConfig(REQUIRED).messageConcurrency).toBe(DEFAULT_MESSAGE_CONCURRENCY);
  });

  it('reads a whole number within bounds', () => {
    expect(loadConfig({ ...REQUIRED, MESSAGE_CONCURRENCY: '1' }).messageConcurrency).toBe(1);
    expect(
      loadConfig({ ...REQUIRED, MESSAGE_CONCURRENCY: String(MAX_MESSAGE_CONCURRENCY) })
        .messageConcurrency,
    ).toBe(MAX_MESSAGE_CONCURRENCY);
  });

  it.each(['0', '2.5', 'four', String(MAX_MESSAGE_CONCURRENCY + 1)])(
    "fails at init, in one sentence, on '%s'",
    (value) => {
      const load = () => loadConfig({ ...REQUIRED, MESSAGE_CONCURRENCY: value });

      expect(load).toThrow(ConfigError);
      expect(load).toThrow(
        `MESSAGE_CONCURRENCY must be a whole number from 1 to ${MAX_MESSAGE_CONCURRENCY}, not '${value}'.`,
      );
    },
  );
});
