import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeFor } from '#local/uploads/content-type.ts';
import { formatOf } from '../bench/inputs.ts';
import { createRng, seedFor } from '../fuzz/prng.ts';
import { sentence } from '../fuzz/words.ts';
import { isTextFormat, varyText } from './vary-content.ts';

/** A file the project ships, used as the shape of many generated files. */
export interface TemplateFile {
  /** The fixture's slug. */
  name: string;
  /** `html`, `txt`, `gz` ...: the extension, which decides the format and content type. */
  extension: string;
  bytes: Uint8Array;
}

/** One file of the run: its object key, bytes and the content type an upload gives it. */
export interface GeneratedFile {
  key: string;
  body: Uint8Array;
  contentType: string;
  template: string;
}

/** The bytes of UTF-8 text, or undefined when they are not (a legacy charset, UTF-16). */
const utf8Text = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** Every golden fixture's input, in slug order: text, markup, feeds, JSON and binaries. */
export const loadTemplates = (articlesDir: string): TemplateFile[] =>
  readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const input = readdirSync(join(articlesDir, name)).find((file) => file.startsWith('input.'));
      if (!input) return [];
      const bytes = new Uint8Array(readFileSync(join(articlesDir, name, input)));
      return [{ name, extension: formatOf(input), bytes }];
    });

const encoder = new TextEncoder();

/**
 * The bytes of file `index`: a text template gets a sentence of its own (numbered, so no
 * two files share a content hash); a binary or non-UTF-8 template is sent as it is.
 */
const bodyOf = (template: TemplateFile, index: number, seed: number): Uint8Array => {
  const text = isTextFormat(template.extension) ? utf8Text(template.bytes) : undefined;
  if (text === undefined || !isTextFormat(template.extension)) return template.bytes;
  const rng = createRng(seedFor(seed, template.name, index));
  const line = `Update ${index + 1}: ${sentence(rng)}`;
  return encoder.encode(varyText(template.extension, text, line));
};

/**
 * `count` files cycling through the templates (so every format appears in proportion),
 * each under `<prefix><index>-<template>.<extension>`. The same (templates, count, seed,
 * prefix) gives the same files on every machine.
 */
export const generateFiles = (
  templates: readonly TemplateFile[],
  count: number,
  options: { seed: number; prefix: string },
): GeneratedFile[] => {
  if (templates.length === 0) throw new Error('No template files to generate from.');
  return Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length] as TemplateFile;
    const key = `${options.prefix}${String(index).padStart(5, '0')}-${template.name}.${template.extension}`;
    return {
      key,
      body: bodyOf(template, index, options.seed),
      contentType: contentTypeFor(key),
      template: template.name,
    };
  });
};
