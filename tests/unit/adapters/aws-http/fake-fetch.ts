/** One scripted answer: a response (copied for each use), a fresh one each time, or a network failure. */
export type Answer = Response | (() => Response) | Error;

/**
 * A fetch that answers from a script, in order, and records what it was sent: the
 * requests the client signs are what the tests look at. The last answer repeats.
 */
export const scriptedFetch = (...answers: Answer[]) => {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const fetch = async (input: Request | string | URL): Promise<Response> => {
    const request = input as Request;
    requests.push(request);
    bodies.push(await request.clone().text());
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (!answer) throw new Error('no answer scripted');
    return typeof answer === 'function' ? answer() : answer.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests, bodies };
};

export const jsonAnswer = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
  });

export const TEST_ENV = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
};

/** Records the waits instead of waiting. */
export const recordedSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};
