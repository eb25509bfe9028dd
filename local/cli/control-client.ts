import { CliError } from './cli-error.ts';
import type { StackInfo } from './stack.ts';

const TRAILING_SLASH = /\/$/;

const errorOf = (answer: string): string => {
  try {
    return String(JSON.parse(answer).error ?? answer.trim());
  } catch {
    return answer.trim();
  }
};

/**
 * One request to the local stack's control API (127.0.0.1), answered with JSON: the one
 * place the CLI's dead-letter commands reach it, so what every request needs (a token)
 * is added here once.
 */
export const requestControl = async (
  info: StackInfo,
  method: 'GET' | 'POST',
  path: string,
): Promise<unknown> => {
  const url = `${info.controlEndpoint.replace(TRAILING_SLASH, '')}${path}`;
  const response = await fetch(url, { method });
  const answer = await response.text();
  if (!response.ok) throw new CliError(`The stack refused ${method} ${path}: ${errorOf(answer)}`);
  return JSON.parse(answer);
};
