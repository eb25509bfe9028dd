import type { PageFacts } from '../document.ts';
import { imagesOf, keywordsOf, licenseOf, schemaOrgFacts } from '../schema-org-facts.ts';
import { firstString, firstValue, type JsonObject, namesOf } from './fields.ts';

/**
 * The page facts of a JSON article: schema.org's fields (a JSON-LD object, or an API
 * that borrows its names), else the common API spellings of each (`tags`, `categories`,
 * `section`, `featured_image`, `site_name`...).
 */
export const jsonArticleFacts = (article: JsonObject): PageFacts => {
  const schema = schemaOrgFacts(article);
  const categories = namesOf(firstValue(article, CATEGORY_KEYS), true);
  const license = licenseOf(firstValue(article, LICENSE_KEYS));
  return {
    ...schema,
    siteName: firstString(article, SITE_NAME_KEYS),
    section: schema.section ?? firstString(article, SECTION_KEYS) ?? categories[0],
    categories: [...(schema.categories ?? []), ...categories],
    tags: [...(schema.tags ?? []), ...keywordsOf(firstValue(article, TAG_KEYS))],
    leadImages: [...(schema.leadImages ?? []), ...imagesOf(firstValue(article, IMAGE_KEYS))],
    images: imagesOf(article.images),
    ...(schema.license === undefined && license !== undefined ? { license } : {}),
    direction: firstString(article, ['dir', 'direction']),
  };
};

const SITE_NAME_KEYS = ['siteName', 'site_name'];
const SECTION_KEYS = ['section', 'section_name', 'sectionName', 'category'];
const CATEGORY_KEYS = ['categories', 'category'];
const TAG_KEYS = ['tags', 'tag_names'];
const LICENSE_KEYS = ['license', 'licence', 'rights', 'copyright'];
const IMAGE_KEYS = [
  'leadImage',
  'lead_image',
  'lead_image_url',
  'featured_image',
  'featuredImage',
  'top_image',
  'main_image',
  'mainImage',
  'image_url',
  'imageUrl',
  'thumbnail',
];
