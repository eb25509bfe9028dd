/** Control characters (C0, DEL, C1): a key or an error text could carry terminal escapes. */
const CONTROL = /\p{Cc}/gu;

/** `text` safe to print on a terminal line: control characters become `\uXXXX`. */
export const printable = (text: string): string =>
  text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
