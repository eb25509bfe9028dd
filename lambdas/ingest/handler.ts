import { createIngestHandler } from './create-ingest-handler.ts';
import { deps } from './deps.ts';

/**
 * The ingest function: SQS-wrapped S3 events in, one conditional record write per
 * object out, partial-batch failures for the messages that should be retried.
 */
export const handler = createIngestHandler(deps);
