import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeDeadLetter, matchesFilter } from '../queue/dead-letters.ts';
import type { LocalQueue } from '../queue/local-queue.ts';

type SendJson = (res: ServerResponse, status: number, body: unknown) => void;
type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

/**
 * The dead-letter routes of the control API:
 * - `GET /dead-letters` -> `{ messages: DeadLetter[] }`
 * - `POST /dead-letters/redrive[?filter=F][&dryRun=1]` moves the dead letters `F` picks
 *   (a key prefix or a failure reason; all without it) back to the ingest queue ->
 *   `{ moved: DeadLetter[], dryRun }`; with `dryRun=1` it moves nothing.
 */
export const deadLetterRoutes = (
  queue: LocalQueue,
  deadLetterQueue: LocalQueue | undefined,
  sendJson: SendJson,
): Record<string, Route> => ({
  'GET /dead-letters': (_req, res) =>
    sendJson(res, 200, { messages: (deadLetterQueue?.peek() ?? []).map(describeDeadLetter) }),
  'POST /dead-letters/redrive': (_req, res, url) => {
    const filter = url.searchParams.get('filter');
    const dryRun = url.searchParams.get('dryRun') === '1';
    const picked =
      deadLetterQueue?.redriveWhere(
        queue,
        (message) => filter === null || matchesFilter(message, filter),
        { dryRun },
      ) ?? [];
    sendJson(res, 200, { moved: picked.map(describeDeadLetter), dryRun });
  },
});
