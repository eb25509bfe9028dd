/**
 * Thrown by a parser when the input's own structure is beyond what it will read (nesting
 * so deep it would exhaust the stack or the time budget). It never leaves
 * `shared/formats`: `readDocument` turns it into a `malformed` rejection, since the same
 * bytes would fail the same way on every retry.
 */
export class MalformedInputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MalformedInputError';
  }
}
