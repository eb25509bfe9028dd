import { describe, expect, it } from 'vitest';
import { ingestBundleInputs } from './bundled-sources.ts';

/**
 * `import { z } from 'zod'` makes esbuild keep zod's whole namespace object, its
 * locales included (~350 KiB more in the bundle); `import * as z` keeps what is used.
 */
const NAMED_Z_IMPORT = /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod(?:\/v4)?(?:\/mini)?['"]/;
/**
 * Full zod's schemas build every method on every instance at import: ~70 KiB and about
 * 12 ms more than `zod/mini` in the ingest function (bench/README.md).
 */
const FULL_ZOD = /^zod\/v4\/classic\//;

describe('zod in the ingest bundle', async () => {
  const inputs = await ingestBundleInputs();

  it('is imported as a namespace, never as the named z', () => {
    const named = inputs.ours.filter(({ text }) => NAMED_Z_IMPORT.test(text)).map((f) => f.path);

    expect(inputs.ours.length).toBeGreaterThan(50);
    expect(named).toEqual([]);
    expect(NAMED_Z_IMPORT.test("import { z } from 'zod';")).toBe(true);
  });

  it('is zod/mini, never full zod', () => {
    expect(inputs.packages.some((path) => path.startsWith('zod/v4/mini/'))).toBe(true);
    expect(inputs.packages.filter((path) => FULL_ZOD.test(path))).toEqual([]);
  });
});
