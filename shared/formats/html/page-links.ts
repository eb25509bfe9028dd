import type { StatedImage } from '../document.ts';
import { findElements } from '../markup/index.ts';
import { attr, type HtmlDocument, type HtmlElement } from './dom.ts';
import { pageUrlOf } from './meta.ts';

/**
 * What a page's typed links declare (`rel` is a list of tokens): the next page of a
 * story split over pages, its licence (`<link rel=license>`, the `<a rel=license>` of
 * Creative Commons badges), an `image_src` picture, and the base relative URLs resolve
 * against (`<base href>`, else the page's canonical address).
 */
export interface LinkFacts {
  base?: string;
  next?: string;
  license?: string;
  imageSrc: StatedImage[];
}

const REL_SEPARATOR = /\s+/;
const LINKING = new Set(['link', 'a', 'base']);

export const linkFacts = (document: HtmlDocument): LinkFacts => {
  const elements = findElements(
    (element) =>
      LINKING.has(element.name) &&
      (element.name === 'base' || element.attribs.rel !== undefined) &&
      element.attribs.href !== undefined,
    document.children,
    'html-links',
  );
  const pageUrl = pageUrlOf(document);
  const baseHref = elements.find((element) => element.name === 'base');
  const base = absoluteBase(baseHref && attr(baseHref, 'href'), pageUrl);
  const withRel = (rel: string, names: readonly string[]) =>
    elements
      .filter((element) => names.includes(element.name))
      .filter((element) =>
        (attr(element, 'rel') ?? '').toLowerCase().split(REL_SEPARATOR).includes(rel),
      )
      .map((element) => attr(element, 'href'))
      .filter((href): href is string => href !== undefined)
      .map((href) => resolved(href, base));
  return {
    ...(base ? { base } : {}),
    next: withRel('next', ['link'])[0],
    license: withRel('license', ['link', 'a'])[0],
    imageSrc: withRel('image_src', ['link']).map((url) => ({ url })),
  };
};

/** `<base href>` made absolute against the page's address; the page's address without one. */
const absoluteBase = (href: string | undefined, pageUrl: string | undefined) => {
  for (const candidate of [href && pageUrl ? resolved(href, pageUrl) : href, pageUrl]) {
    if (candidate && HTTP.test(candidate)) return candidate;
  }
  return undefined;
};

const HTTP = /^https?:\/\//i;

/** `href` against the page's `<base>`, when it has one; as written otherwise. */
export const resolved = (href: string, base: string | undefined): string => {
  if (base === undefined) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
};

/** An attribute's URL resolved against the base. */
export const urlAttr = (
  element: HtmlElement,
  name: string,
  base: string | undefined,
): string | undefined => {
  const value = attr(element, name);
  return value === undefined ? undefined : resolved(value, base);
};
