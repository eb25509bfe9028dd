import { describe, expect, it } from 'vitest';
import { bundledSources } from './bundled-sources.ts';

/**
 * `import { z } from 'zod'` makes esbuild keep zod's whole namespace object, its
 * locales included (~350 KiB more in the bundle); `import * as z` keeps what is used.
 */
const NAMED_Z_IMPORT = /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod(?:\/v4)?(?:\/mini)?['"]/;
/**
 * Full zod (`zod`, `zod/v4`) in the function: its schemas build every method per
 * instance at import (~70 KiB and about 15 ms more than `zod/mini`, bench/README.md).
 * Type-only imports cost nothing at run time.
 */
const FULL_ZOD_IMPORT = /^import\s+(?!type\b)[^;]*from\s*['"]zod(?:\/v4)?['"]/m;

describe('zod in the bundled code', () => {
  const files = bundledSources();

  it('is imported as a namespace, never as the named z', () => {
    const named = files.filter(({ text }) => NAMED_Z_IMPORT.test(text)).map(({ path }) => path);

    expect(files.length).toBeGreaterThan(50);
    expect(named).toEqual([]);
    expect(NAMED_Z_IMPORT.test("import { z } from 'zod';")).toBe(true);
  });

  it('is zod/mini, never full zod', () => {
    const full = files.filter(({ text }) => FULL_ZOD_IMPORT.test(text)).map(({ path }) => path);

    expect(full).toEqual([]);
    expect(FULL_ZOD_IMPORT.test("import * as z from 'zod';")).toBe(true);
    expect(FULL_ZOD_IMPORT.test("import * as z from 'zod/mini';")).toBe(false);
    expect(FULL_ZOD_IMPORT.test("import type { z } from 'zod';")).toBe(false);
  });
});
