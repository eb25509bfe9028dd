import { ARCHIVE_ITEMS } from './hostile-archives.ts';
import type { HostileItem } from './hostile-item.ts';
import { MARKUP_ITEMS } from './hostile-markup.ts';
import { PDF_ITEMS } from './hostile-pdf.ts';
import { TEXT_ITEMS } from './hostile-text.ts';

export type { HostileItem } from './hostile-item.ts';

/** The fixed hostile catalogue: every known attack on a reader of uploads, each by name. */
export const HOSTILE_CATALOGUE: readonly HostileItem[] = [
  ...ARCHIVE_ITEMS,
  ...MARKUP_ITEMS,
  ...TEXT_ITEMS,
  ...PDF_ITEMS,
];
