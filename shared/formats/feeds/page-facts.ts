import type { PageFacts, StatedImage } from '../document.ts';
import { childrenQualified, type XmlElement, xmlAttr, xmlText } from '../markup/index.ts';
import { absoluteUrl } from './item.ts';

/**
 * The page facts a feed item declares: its categories as tags (WordPress and most
 * generators write tags and categories alike as `<category>`), its picture (an image
 * `<enclosure>`, Media RSS `media:content`/`media:thumbnail`, with `media:title`/
 * `media:description` as caption and `media:credit`), and the rights it states.
 */
export const feedItemFacts = (
  item: XmlElement,
  tags: readonly (string | undefined)[],
  rights: string | undefined,
  base: string | undefined,
): PageFacts => ({
  tags: tags.filter((tag): tag is string => Boolean(tag)),
  leadImages: itemImages(item, base),
  ...(rights ? { license: rights } : {}),
});

/** Pictures an item attaches, best first: Media RSS content, then thumbnails, then enclosures. */
const itemImages = (item: XmlElement, base: string | undefined): StatedImage[] => {
  const groups = childrenQualified(item, 'media:group');
  const media = [item, ...groups].flatMap((parent) => childrenQualified(parent, 'media:content'));
  const thumbnails = [item, ...groups].flatMap((parent) =>
    childrenQualified(parent, 'media:thumbnail'),
  );
  const enclosures = childrenQualified(item, 'enclosure');
  return [...media.filter(isImage), ...thumbnails, ...enclosures.filter(isImage)].flatMap(
    (element) => {
      const url = absoluteUrl(xmlAttr(element, 'url') ?? xmlAttr(element, 'href'), base);
      if (!url) return [];
      const caption = mediaText(element, 'media:title', 'media:description');
      const credit = mediaText(element, 'media:credit');
      return [{ url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }];
    },
  );
};

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Media RSS says `medium="image"` or a `type`; an enclosure has a `type`; else the file name. */
const isImage = (element: XmlElement): boolean => {
  const medium = xmlAttr(element, 'medium')?.toLowerCase();
  const type = xmlAttr(element, 'type')?.toLowerCase();
  if (medium !== undefined) return medium === 'image';
  if (type !== undefined) return type.startsWith('image/');
  return IMAGE_FILE.test(xmlAttr(element, 'url') ?? '');
};

/** A Media RSS text of the picture's own element (on the item, it describes the item). */
const mediaText = (element: XmlElement, ...names: string[]) =>
  xmlText(childrenQualified(element, ...names)[0]) || undefined;
