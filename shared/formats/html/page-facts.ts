import type { DocumentSection, PageFacts, StatedImage } from '../document.ts';
import { schemaOrgFacts } from '../schema-org-facts.ts';
import type { HtmlDocument } from './dom.ts';
import { type JsonObject, jsonLdObjects, stringOf } from './json-ld.ts';
import { metaValues } from './meta.ts';
import { linkFacts, resolved } from './page-links.ts';
import { storyPictures } from './story-images.ts';

/**
 * What a page declares about itself beyond the story: lead image, site name, section,
 * tags, licence, direction, pagination and paywall, from `<meta>` (OpenGraph, Twitter
 * cards), `<link>`/`<a rel>`, JSON-LD and `dir` attributes; the story's pictures from the
 * element that holds the extracted body. As written: `extract/page-facts.ts` chooses.
 */
export const readHtmlPageFacts = (
  document: HtmlDocument,
  sections: readonly DocumentSection[],
  meta: ReadonlyMap<string, string[]> = metaValues(document),
  objects: readonly JsonObject[] = jsonLdObjects(document),
): PageFacts => {
  const first = (...names: string[]) => names.map((n) => meta.get(n)?.[0]).find(Boolean);
  const article = schemaOrgFacts(objects.find(isArticleNode) ?? {});
  const links = linkFacts(document);
  const story = storyPictures(document, sections, links.base);
  const tier = first('article:content_tier');
  return {
    ...article,
    siteName: first('og:site_name') ?? websiteName(objects) ?? first('application-name'),
    section: first('article:section') ?? article.section,
    tags: [...(meta.get('article:tag') ?? []), ...(article.tags ?? [])],
    leadImages: [
      ...metaImages(meta, links.base),
      ...(article.leadImages ?? []).map((image) => ({
        ...image,
        url: resolved(image.url, links.base),
      })),
      ...links.imageSrc,
    ],
    images: story.images,
    license:
      links.license ?? article.license ?? first('dcterms.license', 'license', 'dcterms.rights'),
    direction: story.direction,
    nextPageUrl: links.next,
    isAccessibleForFree: article.isAccessibleForFree ?? tierFree(tier),
  };
};

/** The node that describes the article: typed as one, else the first with a headline. */
const ARTICLE_TYPE = /article|posting|report/i;
const isArticleNode = (node: JsonObject): boolean =>
  ARTICLE_TYPE.test(String(node['@type'] ?? '')) || typeof node.headline === 'string';

const websiteName = (objects: readonly JsonObject[]): string | undefined =>
  stringOf(objects.find((node) => String(node['@type'] ?? '') === 'WebSite')?.name);

/** OpenGraph's `article:content_tier`: `free`, else `metered` or `locked`. */
const tierFree = (tier: string | undefined): boolean | undefined =>
  tier === undefined ? undefined : tier.trim().toLowerCase() === 'free';

/** og:image (with `og:image:alt`, the picture's description), then Twitter's. */
const metaImages = (meta: ReadonlyMap<string, string[]>, base?: string): StatedImage[] => {
  const get = (name: string) => meta.get(name)?.[0];
  const alt = get('og:image:alt') ?? get('twitter:image:alt');
  return ['og:image:secure_url', 'og:image:url', 'og:image', 'twitter:image', 'twitter:image:src']
    .map(get)
    .filter((url): url is string => Boolean(url))
    .map((url) => ({ url: resolved(url, base), ...(alt ? { alt } : {}) }));
};
