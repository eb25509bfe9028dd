import { UsageError } from './usage-error.ts';

const DIGITS = /^\d+$/;
const MAX_PORT = 65_535;

/** `--flag N`: digits only (no `2.5`, `1e3` or `-1`), at least `min`; `fallback` when absent. */
export const wholeNumber = (
  flag: string,
  text: string | undefined,
  { min = 0, fallback }: { min?: number; fallback: number },
): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!DIGITS.test(text) || !Number.isSafeInteger(value) || value < min)
    throw new UsageError(`${flag} wants a whole number >= ${min}, not ${text}.`);
  return value;
};

/** `--flag PORT`: a TCP port, 1 to 65535; `fallback` when absent. */
export const portNumber = (flag: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!DIGITS.test(text) || value < 1 || value > MAX_PORT)
    throw new UsageError(`${flag} wants a port number from 1 to ${MAX_PORT}, not ${text}.`);
  return value;
};

/** `--flag NAME` where NAME is one of `choices`. */
export const oneOf = <C extends string>(flag: string, text: string, choices: readonly C[]): C => {
  const found = choices.find((choice) => choice === text);
  if (found === undefined)
    throw new UsageError(`${flag} wants one of ${choices.join(', ')}, not ${text}.`);
  return found;
};
