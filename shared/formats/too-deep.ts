import { MalformedInputError } from './malformed.ts';

/**
 * Thrown while tokenizing HTML or XML as soon as elements nest deeper than
 * `maxNestingDepth`: the rest of the file is never read. Its name is what the build
 * maps to the `too-deep` reason, so the same bytes are rejected the same way every time.
 */
export class TooDeepError extends MalformedInputError {
  constructor(
    readonly what: string,
    readonly limit: number,
  ) {
    super(`The ${what} nests elements more than ${limit} levels deep; the limit is ${limit}.`);
    this.name = 'TooDeepError';
  }
}
