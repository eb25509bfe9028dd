/**
 * The html-meta gold (postlight/parser fixtures): one JSON object per line with `file`,
 * `title`, `author`, `date_published` (ISO instant), `date_day` (its UTC day) and
 * `asserted`, the fields the original test checks. A field counts only when asserted;
 * an asserted field whose value is null means the page has none. Three pages assert
 * `date_day` instead of `date_published` (the original test checks the day only).
 */

export interface MetaGold {
  file: string;
  url?: string;
  title: string | null;
  author: string | null;
  dateDay: string | null;
  asserts: { title: boolean; author: boolean; date: boolean };
}

/** The page's URL when the gold gives one (it names the page's site). */
const urlOf = (raw: Record<string, unknown>): { url?: string } =>
  typeof raw.url === 'string' ? { url: raw.url } : {};

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const parseMetaGold = (row: unknown): MetaGold => {
  const raw = (row ?? {}) as Record<string, unknown>;
  const asserted = Array.isArray(raw.asserted) ? raw.asserted.map(String) : [];
  return {
    file: String(raw.file),
    ...urlOf(raw),
    title: stringOrNull(raw.title),
    author: stringOrNull(raw.author),
    dateDay: stringOrNull(raw.date_day),
    asserts: {
      title: asserted.includes('title'),
      author: asserted.includes('author'),
      date: asserted.includes('date_published') || asserted.includes('date_day'),
    },
  };
};

/** The html-date gold (htmldate evaluation set): `file` and `date_published` (a day). */
export interface DateGold {
  file: string;
  url?: string;
  day: string;
}

export const parseDateGold = (row: unknown): DateGold => {
  const raw = (row ?? {}) as Record<string, unknown>;
  return { file: String(raw.file), ...urlOf(raw), day: String(raw.date_published) };
};
