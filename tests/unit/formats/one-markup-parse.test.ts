import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const SHARED = path.join(import.meta.dirname, '../../../shared');
/** What htmlparser2 and domhandler offer besides tree helpers: ways to parse. */
const PARSER_IMPORT =
  /import\s*\{([^}]*)\}\s*from\s*'(?:htmlparser2|domhandler)'|from\s*'(?:parse5|linkedom|cheerio|fast-xml-parser|sax)'/g;
const TREE_HELPERS = new Set(['DomUtils']);

const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));

const parsesMarkup = (file: string): boolean =>
  [...readFileSync(file, 'utf8').matchAll(PARSER_IMPORT)].some(
    (match) =>
      match[1] === undefined ||
      match[1].split(',').some((name) => !TREE_HELPERS.has(name.replace('type', '').trim())),
  );

it('parses HTML and XML in one place, the depth-guarded markup/parse.ts', () => {
  const parsers = sources(SHARED)
    .filter(parsesMarkup)
    .map((file) => path.relative(SHARED, file));
  expect(parsers).toEqual([path.join('formats', 'markup', 'parse.ts')]);
});
