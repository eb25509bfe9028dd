import { createPublishHandler } from './create-publish-handler.ts';
import { deps } from './deps.ts';

/**
 * The publish function: the ArticlesTable stream in, change events (ArticleIngested,
 * Updated, Removed, Rejected) on the stack's bus out, partial-batch failures by
 * sequence number.
 */
export const handler = createPublishHandler(deps);
