import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { importSpecifiers } from './import-specifiers.ts';

/** One import of one file; paths are repo-relative with `/` separators. */
export interface Import {
  readonly file: string;
  /** As written: `../text/sentences.ts`, `#shared/domain/limits.ts`, `@aws-sdk/client-s3`. */
  readonly specifier: string;
  /** The repo path a relative or `#` specifier names; absent for a package. */
  readonly target?: string;
}

/** package.json "imports": `#shared/*` -> `./shared/*`. */
export type SubpathImports = Readonly<Record<string, string>>;

const SOURCE_FILE = /\.(ts|mjs)$/;

/** The source files under some top-level folders and every import they make. */
export interface ImportGraph {
  readonly files: readonly string[];
  readonly imports: readonly Import[];
}

/** The .ts/.mjs files under the given top-level folders of the repo, and their imports. */
export function importGraphOf(repoRoot: string, folders: readonly string[]): ImportGraph {
  const subpathImports = subpathImportsOf(repoRoot);
  const files = folders.flatMap((folder) => sourceFilesUnder(repoRoot, folder));
  const known = new Set(files);
  const imports = files.flatMap((file) =>
    importSpecifiers(readFileSync(join(repoRoot, file), 'utf8')).map((specifier): Import => {
      const target = resolveSpecifier(file, specifier, subpathImports, known);
      return target === undefined ? { file, specifier } : { file, specifier, target };
    }),
  );
  return { files, imports };
}

/** The "imports" map of the repo's package.json. */
export function subpathImportsOf(repoRoot: string): SubpathImports {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    imports?: SubpathImports;
  };
  return manifest.imports ?? {};
}

function sourceFilesUnder(repoRoot: string, folder: string): string[] {
  return readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .map((path) => posix.join(folder, path.split('\\').join('/')))
    .filter((path) => SOURCE_FILE.test(path) && !path.split('/').includes('node_modules'))
    .sort();
}

/**
 * The repo path `specifier` names when `file` imports it: relative to the file, or
 * through a package.json subpath import; undefined for a package (`zod`, `node:fs`).
 */
export function resolveSpecifier(
  file: string,
  specifier: string,
  subpathImports: SubpathImports,
  known: ReadonlySet<string> = new Set(),
): string | undefined {
  const path = specifier.startsWith('.')
    ? posix.join(posix.dirname(file), specifier)
    : throughSubpathImports(specifier, subpathImports);
  if (path === undefined) return undefined;
  // Imports name their extension (house rule); the fallbacks only keep a slip visible.
  return [path, `${path}.ts`, `${path}/index.ts`].find((candidate) => known.has(candidate)) ?? path;
}

function throughSubpathImports(specifier: string, imports: SubpathImports): string | undefined {
  for (const [pattern, target] of Object.entries(imports)) {
    const star = pattern.indexOf('*');
    if (star === -1) {
      if (specifier === pattern) return posix.normalize(target);
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
      const matched = specifier.slice(prefix.length, specifier.length - suffix.length);
      return posix.normalize(target.replace('*', matched));
    }
  }
  return undefined;
}
