/**
 * Splitting a development set into folds BY SITE: every page of one site lands in the
 * same fold, so a rule tuned to one site's template raises one fold, not all of them,
 * and the spread across folds shows it. The split is deterministic (no random seed):
 * the same pages always give the same folds.
 */

/** Second-level labels under which registrations sit one level deeper (bbc.co.uk). */
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'ne', 'or', 'go']);
const URL_START = /^[a-z][a-z0-9+.-]*:\/\//iu;
const HOST_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu;
const EXTENSION = /\.[a-z0-9]+$/iu;
const LEADING_WWW = /^www\d*\./u;

/** The registrable part of a host: `edition.cnn.com` -> `cnn.com`, `www.bbc.co.uk` -> `bbc.co.uk`. */
export const registrableDomain = (host: string): string => {
  const labels = host.toLowerCase().replace(LEADING_WWW, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const second = labels.at(-2) ?? '';
  const keep = SHARED_SECOND_LEVEL.has(second) && (labels.at(-1) ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
};

/**
 * The site of a page: the registrable domain of its URL, else of a file name that is a
 * host (`abcnews.go.com.html`), else the file name itself (a site of its own).
 */
export const siteOf = (url: string | undefined, fileName: string): string => {
  if (url !== undefined && URL_START.test(url)) {
    try {
      return registrableDomain(new URL(url).hostname);
    } catch {
      // An unparsable URL falls through to the file name.
    }
  }
  const base = (fileName.split('/').at(-1) ?? fileName).replace(EXTENSION, '');
  return HOST_LIKE.test(base) ? registrableDomain(base) : base;
};

/** A small string hash (FNV-1a), so sites of equal size are ordered without bias by name. */
const hashOf = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

/**
 * Assigns each page (id -> site) to one of `count` folds, whole sites at a time: the
 * largest sites first, each to the fold with the fewest pages so far (the lowest index
 * on a tie), which keeps folds near equal in size. Returns id -> fold index.
 */
export const assignFolds = (
  sites: ReadonlyMap<string, string>,
  count: number,
): Map<string, number> => {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('fold count must be >= 1');
  const pagesBySite = new Map<string, string[]>();
  for (const [id, site] of sites) pagesBySite.set(site, [...(pagesBySite.get(site) ?? []), id]);
  const order = [...pagesBySite].sort(
    ([siteA, a], [siteB, b]) =>
      b.length - a.length || hashOf(siteA) - hashOf(siteB) || (siteA < siteB ? -1 : 1),
  );
  const sizes = new Array<number>(count).fill(0);
  const folds = new Map<string, number>();
  for (const [, ids] of order) {
    const smallest = sizes.indexOf(Math.min(...sizes));
    sizes[smallest] = (sizes[smallest] ?? 0) + ids.length;
    for (const id of ids) folds.set(id, smallest);
  }
  return folds;
};
