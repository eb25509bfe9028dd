import { MalformedInputError } from './malformed.ts';

/**
 * Nesting past `activeLimits().maxNestingDepth` found by a reader that checks before it
 * recurses (JSON, Markdown). It is named `TooDeepError`, as the HTML and XML parsers'
 * own error is, because the pipeline classifies by that name: the file becomes a
 * `too-deep` rejection, the same on every retry.
 */
export class NestingTooDeepError extends MalformedInputError {
  constructor(message: string) {
    super(message);
    this.name = 'TooDeepError';
  }
}
