import { type DateTextOptions, type FoundDate, findDateInText } from './date-text.ts';

/**
 * The date of the sentence a blog template writes around a post, at the start of a
 * longer block of post metadata: `This entry was posted on Wednesday, November 27th,
 * 2019 at 3:21 pm and is filed under News`, `Der Beitrag wurde am Mittwoch, den 27.
 * November 2019 um 15:21 Uhr veröffentlicht und wurde unter ... abgelegt`. WordPress
 * themes (and their translations) print it under every post; the block also lists
 * categories and feeds, so it is too long to read as a date label, but its opening
 * sentence names the day the post was published. Null when the block opens otherwise.
 */
export const postedSentenceDate = (text: string, options: DateTextOptions): FoundDate | null => {
  const head = text.slice(0, HEAD_CHARS);
  const found = findDateInText(head, options);
  if (!found || found.index > MAX_DATE_OFFSET) return null;
  // The verb may follow the date (German puts it last: `... um 15:21 Uhr veröffentlicht`).
  return POSTED.test(head) && !MODIFIED.test(head.slice(0, found.index)) ? found : null;
};

/** The opening sentence, with its date, its clock and the verb, fits in this many characters. */
const HEAD_CHARS = 120;
/** The date comes after a few words (`This entry was posted on Wednesday, `). */
const MAX_DATE_OFFSET = 60;
const POSTED = /posted|published|publié|publicad|pubblicat|veröffentlicht|erschienen/i;
/** `Last modified on ...`: the block dates an update, not the post. */
const MODIFIED = /updat|modifi|aktualisiert|geändert|mis à jour|actualizad/i;
