import { spendWork } from '../../domain/work-budget.ts';
import type { PageFacts, StatedImage } from '../document.ts';
import {
  childrenQualified,
  isXmlElement,
  type XmlElement,
  xmlAttr,
  xmlText,
} from '../markup/index.ts';
import { absoluteUrl } from './item.ts';

/**
 * The page facts a feed item declares: its categories as tags (WordPress and most
 * generators write tags and categories alike as `<category>`), its pictures (an image
 * `<enclosure>`, Atom's `<link rel="enclosure">`, Media RSS `media:content`/
 * `media:thumbnail`, with `media:title`/`media:description` or the link's `title` as
 * caption and `media:credit`), and the rights it states. Every picture is one of the
 * record's images, the best first as the lead.
 */
export const feedItemFacts = (
  item: XmlElement,
  tags: readonly (string | undefined)[],
  rights: string | undefined,
  base: string | undefined,
): PageFacts => {
  const pictures = itemImages(item, base);
  return {
    tags: tags.filter((tag): tag is string => Boolean(tag)),
    leadImages: pictures,
    images: pictures,
    ...(rights ? { license: rights } : {}),
  };
};

/** Pictures an item attaches, at most MAX_ITEM_IMAGES. */
const MAX_ITEM_IMAGES = 20;

/**
 * Pictures an item attaches, best first: Media RSS content, then enclosures. Thumbnails
 * (also a video's, inside its `media:content`) are smaller copies of a picture, so they
 * count only when the item attaches no full-size one.
 */
const itemImages = (item: XmlElement, base: string | undefined): StatedImage[] => {
  const groups = childrenQualified(item, 'media:group');
  const media = [item, ...groups].flatMap((parent) => childrenQualified(parent, 'media:content'));
  const thumbnails = [item, ...groups, ...media].flatMap((parent) =>
    childrenQualified(parent, 'media:thumbnail'),
  );
  const enclosures = [
    ...childrenQualified(item, 'enclosure'),
    ...childrenQualified(item, 'link', 'atom:link').filter(
      (link) => xmlAttr(link, 'rel')?.toLowerCase() === 'enclosure',
    ),
  ];
  spendWork(media.length + thumbnails.length + enclosures.length, 'feed-images');
  const full = [...media, ...enclosures].filter(isImage);
  return (full.length > 0 ? full : thumbnails).slice(0, MAX_ITEM_IMAGES).flatMap((element) => {
    const url = absoluteUrl(xmlAttr(element, 'url') ?? xmlAttr(element, 'href'), base);
    if (!url) return [];
    const caption =
      mediaText(element, 'media:title', 'media:description') ??
      xmlAttr(element, 'title') ??
      groupText(element, 'media:title', 'media:description');
    const credit = mediaText(element, 'media:credit');
    return [{ url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }];
  });
};

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Media RSS says `medium="image"` or a `type`; an enclosure (RSS or Atom) has a `type`; else the file name. */
const isImage = (element: XmlElement): boolean => {
  const medium = xmlAttr(element, 'medium')?.toLowerCase();
  const type = xmlAttr(element, 'type')?.toLowerCase();
  if (medium !== undefined) return medium === 'image';
  if (type !== undefined) return type.startsWith('image/');
  return IMAGE_FILE.test(xmlAttr(element, 'url') ?? xmlAttr(element, 'href') ?? '');
};

/** A `media:group`'s text describes every picture in it (a video and its poster frame). */
const groupText = (element: XmlElement, ...names: string[]): string | undefined => {
  const parent = element.parent;
  if (parent === null || !isXmlElement(parent) || parent.name.toLowerCase() !== 'media:group') {
    return undefined;
  }
  return mediaText(parent, ...names);
};

/** A Media RSS text of the picture's own element (on the item, it describes the item). */
const mediaText = (element: XmlElement, ...names: string[]) =>
  xmlText(childrenQualified(element, ...names)[0]) || undefined;
