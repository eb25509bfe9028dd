/**
 * The JSON family: one article object or a list of them (WordPress, CMS APIs).
 * What code outside this folder uses (see ../README.md).
 */
export { readJsonArticles } from './items.ts';
