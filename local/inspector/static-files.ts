import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';

/** Where index.html asks for the token; a hex token needs no escaping in an attribute. */
const TOKEN_PLACEHOLDER = '__INSPECTOR_TOKEN__';
const HEX_TOKEN = /^[0-9a-f]+$/;

/** The page's own files, no build step: served as written. */
const FILES = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
} as const;

/**
 * Scripts, styles and fetches from this origin only: no inline script runs, so even a
 * mistake that put record data into markup could not execute it.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export type StaticPath = keyof typeof FILES;

/** The page's files read once, the token written into index.html. */
export const loadStaticFiles = (token: string) => {
  if (!HEX_TOKEN.test(token)) throw new Error('The inspector token must be hex.');
  const bodies = new Map<string, Buffer>();
  for (const [route, { file }] of Object.entries(FILES)) {
    const text = readFileSync(new URL(`./static/${file}`, import.meta.url), 'utf8');
    bodies.set(route, Buffer.from(text.replaceAll(TOKEN_PLACEHOLDER, token)));
  }
  /** Sends the file at `path`; false when there is none. */
  return (path: string, res: ServerResponse): boolean => {
    const body = bodies.get(path);
    if (!body) return false;
    res.writeHead(200, { 'content-type': FILES[path as StaticPath].type, ...SECURITY_HEADERS });
    res.end(body);
    return true;
  };
};
