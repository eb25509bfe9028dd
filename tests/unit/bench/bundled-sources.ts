import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The folders the function bundles. */
const BUNDLED = ['shared', 'lambdas'];

/** Every .ts file the function may bundle, as a repo path and its text. */
export const bundledSources = (): { path: string; text: string }[] =>
  BUNDLED.flatMap((folder) =>
    readdirSync(join(REPO_ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name)),
  ).map((file) => ({ path: relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') }));

/** The text of a file of the repo. */
export const repoFile = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');
