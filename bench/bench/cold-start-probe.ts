/**
 * The cold-start probe's entry: the ingest handler, plus `buildObject` so a fresh
 * process can time a first extraction without AWS. Bundled with the stack's options;
 * exporting `buildObject` adds no code, since the handler already bundles it.
 */
export { handler } from '#lambdas/ingest/handler.ts';
export { buildObject } from '#shared/pipeline/build-record.ts';
