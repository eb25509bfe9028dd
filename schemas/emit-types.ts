import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The modules a consumer imports types from (package.json `exports`), from the repo root. */
export const TYPE_ENTRY_POINTS = ['shared/domain/record.ts', 'shared/changes/change-event.ts'];

/** Where the emitted declarations are kept, from the repo root; `exports` points into it. */
export const TYPES_DIR = 'schemas/types';

/**
 * Declarations (.d.ts) of the record and the change events, for a consumer's TypeScript:
 * the sources import each other with `.ts` extensions, which a consumer's compiler
 * accepts in declarations and refuses in sources. Writes under `outDir`, by entry path.
 */
export const emitTypes = (outDir: string): void => {
  const typescript = createRequire(import.meta.url).resolve('typescript/package.json');
  const tsc = path.join(path.dirname(typescript), 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '--ignoreConfig',
      '--declaration',
      '--emitDeclarationOnly',
      '--allowImportingTsExtensions',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--strict',
      '--skipLibCheck',
      '--types',
      'node',
      '--rootDir',
      '.',
      '--outDir',
      path.resolve(outDir),
      ...TYPE_ENTRY_POINTS,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
};
