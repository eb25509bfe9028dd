import type { StackInfo } from '../stack/stack-file.ts';
import { CliError } from './cli-error.ts';
import { requestControl } from './stack.ts';

const errorOf = (answer: string): string => {
  try {
    return String(JSON.parse(answer).error ?? answer.trim());
  } catch {
    return answer.trim();
  }
};

/**
 * One request to the local stack's control API (through `requestControl`, which adds the
 * token), answered with JSON; a refusal is one sentence naming the route.
 */
export const requestControlJson = async (
  info: StackInfo,
  method: 'GET' | 'POST',
  path: string,
): Promise<unknown> => {
  const response = await requestControl(info, path, { method });
  const answer = await response.text();
  if (!response.ok) throw new CliError(`The stack refused ${method} ${path}: ${errorOf(answer)}`);
  return JSON.parse(answer);
};
