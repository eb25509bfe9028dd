import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The folders the function bundles. */
const BUNDLED = ['shared', 'lambdas'];
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

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));

describe('zod in the bundled code', () => {
  it('is imported as a namespace, never as the named z', () => {
    const files = BUNDLED.flatMap((folder) => tsFiles(join(REPO_ROOT, folder)));
    const named = files
      .filter((file) => NAMED_Z_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(REPO_ROOT, file));

    expect(files.length).toBeGreaterThan(50);
    expect(named).toEqual([]);
    expect(NAMED_Z_IMPORT.test("import { z } from 'zod';")).toBe(true);
  });

  it('is zod/mini, never full zod', () => {
    const files = BUNDLED.flatMap((folder) => tsFiles(join(REPO_ROOT, folder)));
    const full = files
      .filter((file) => FULL_ZOD_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(REPO_ROOT, file));

    expect(full).toEqual([]);
    expect(FULL_ZOD_IMPORT.test("import * as z from 'zod';")).toBe(true);
    expect(FULL_ZOD_IMPORT.test("import * as z from 'zod/mini';")).toBe(false);
    expect(FULL_ZOD_IMPORT.test("import type { z } from 'zod';")).toBe(false);
  });
});
