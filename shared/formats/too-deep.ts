import { MalformedInputError } from './malformed.ts';

/**
 * Thrown by a reader as soon as the file nests deeper than `maxNestingDepth` (HTML and
 * XML while tokenizing; JSON and Markdown in a linear scan before they recurse): the
 * rest is never read, and the file is a `too-deep` rejection, the same on every retry.
 */
export class TooDeepError extends MalformedInputError {
  constructor(message: string) {
    super(message);
    this.name = 'TooDeepError';
  }
}

/**
 * Thrown by a reader whose input holds more than it will build in memory (elements of a
 * markup tree, characters handed to a library that cannot be interrupted): `too-large`.
 */
export class TooLargeInputError extends MalformedInputError {
  constructor(message: string) {
    super(message);
    this.name = 'TooLargeInputError';
  }
}
