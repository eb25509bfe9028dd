import type { RawMention } from './raw-mention.ts';
import type { Token } from './tokens.ts';

/**
 * Lowercase nouns that, after `the`, refer back to one organisation (`the ministry said`).
 * Words that as often mean something else (`the party`, `the group`, `the government`)
 * are left out: they refer to no named body often enough to be wrong.
 */
export const ANAPHOR_NOUNS = new Set(
  'ministry department agency commission committee council company firm bank university institute foundation bureau authority federation association organisation organization airline court club hospital museum college academy'.split(
    ' ',
  ),
);

/** `the ministry`, `The company`: references to be resolved against the named bodies. */
export const orgReferences = (tokens: readonly Token[], paragraph: number): RawMention[] => {
  const found: RawMention[] = [];
  for (let i = 1; i < tokens.length; i += 1) {
    const noun = tokens[i];
    const article = tokens[i - 1];
    if (!noun || noun.cap || !ANAPHOR_NOUNS.has(noun.text)) continue;
    if (article?.text !== 'the' && article?.text !== 'The') continue;
    const surface = `the ${noun.text}`;
    found.push({
      paragraph,
      start: article.start,
      end: noun.end,
      surface,
      kind: 'org-ref',
      key: surface,
      refHead: noun.text,
    });
  }
  return found;
};
