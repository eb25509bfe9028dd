import type { Rng } from './prng.ts';
import { escapeXml, isoDay, paragraphs, person, title } from './words.ts';

const head = (rng: Rng, headline: string): string => {
  const meta = [
    `<title>${escapeXml(headline)} | Gazette</title>`,
    rng.chance(0.5) ? `<meta property="og:title" content="${escapeXml(headline)}">` : '',
    rng.chance(0.5) ? `<meta name="author" content="${person(rng)}">` : '',
    rng.chance(0.5)
      ? `<meta property="article:published_time" content="${isoDay(rng)}T08:00:00Z">`
      : '',
    rng.chance(0.3)
      ? `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${escapeXml(headline)}","datePublished":"${isoDay(rng)}"}</script>`
      : '',
  ];
  return `<head><meta charset="utf-8">${meta.join('')}</head>`;
};

const furniture = (rng: Rng): string =>
  rng.chance(0.5)
    ? '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
    : '';

/** An HTML page: head metadata, navigation, an article with a headline, byline and paragraphs. */
export const generateHtml = (rng: Rng): string => {
  const headline = title(rng);
  const body = paragraphs(rng, 1, 8)
    .map((text, i) =>
      rng.chance(0.15)
        ? `<h2>Part ${i}</h2><p>${escapeXml(text)}</p>`
        : `<p>${escapeXml(text)}</p>`,
    )
    .join('\n');
  const container = rng.pick(['article', 'main', 'div class="story"', 'section']);
  const close = container.split(' ')[0];
  const byline = rng.chance(0.5) ? `<p class="byline">By ${person(rng)}</p>` : '';
  const page =
    `<${container}><h1>${escapeXml(headline)}</h1>${byline}${body}</${close}>` +
    (rng.chance(0.3) ? '<footer>(c) Gazette</footer>' : '');
  const doctype = rng.chance(0.8) ? '<!DOCTYPE html>' : '';
  return `${doctype}<html lang="${rng.pick(['en', 'de', 'fr'])}">${head(rng, headline)}<body>${furniture(rng)}${page}</body></html>`;
};
