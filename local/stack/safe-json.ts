/** The value of a JSON text, or undefined when it is not JSON (a torn or foreign file, a bad body). */
export const parseJsonOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
