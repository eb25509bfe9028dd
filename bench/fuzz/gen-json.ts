import type { Rng } from './prng.ts';
import { isoDay, paragraphs, person, title } from './words.ts';

const article = (rng: Rng): Record<string, unknown> => ({
  title: title(rng),
  author: person(rng),
  publishedAt: `${isoDay(rng)}T10:00:00Z`,
  ...(rng.chance(0.5) ? { description: paragraphs(rng, 1, 1)[0] } : {}),
  ...(rng.chance(0.5)
    ? { content: paragraphs(rng, 1, 5).join('\n') }
    : { body: paragraphs(rng, 1, 5) }),
  ...(rng.chance(0.3) ? { url: `https://example.net/${rng.int(1, 999)}` } : {}),
});

/** A JSON article, a news-API list, or a bare array of articles, sometimes JSON-LD. */
export const generateJson = (rng: Rng): string => {
  const shape = rng.int(0, 3);
  const items = () => Array.from({ length: rng.int(1, 4) }, () => article(rng));
  if (shape === 0) return JSON.stringify(article(rng), null, 2);
  if (shape === 1) return JSON.stringify({ status: 'ok', articles: items() });
  if (shape === 2) return JSON.stringify(items());
  const { title: headline, content, body, ...rest } = article(rng);
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    articleBody: content ?? body,
    ...rest,
  });
};
