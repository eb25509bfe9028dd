/** The 8-hex-digit suffix CDK appends to a construct path to make a logical id. */
const CDK_HASH_SUFFIX = /[0-9A-F]{8}$/;
const CASE_BOUNDARY = /([a-z0-9])([A-Z])/g;
const NOT_NAME_CHAR = /[^a-z0-9-]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/**
 * The local physical name of a resource: its logical id without CDK's hash, in
 * lower-kebab case (`ArticlesBucket0B6A8E4C` -> `articles-bucket`). Valid as an S3
 * bucket, DynamoDB table or SQS queue name.
 */
export const localNameFor = (logicalId: string): string => {
  const stem = logicalId.replace(CDK_HASH_SUFFIX, '') || logicalId;
  const kebab = stem
    .replace(CASE_BOUNDARY, '$1-$2')
    .toLowerCase()
    .replace(NOT_NAME_CHAR, '-')
    .replace(EDGE_HYPHENS, '');
  return kebab.length >= 3 ? kebab.slice(0, 63) : `${kebab}-local`;
};

/** A literal name the template sets wins; otherwise the derived local name. */
export const physicalNameFor = (logicalId: string, literal: unknown): string =>
  typeof literal === 'string' && literal.length > 0 ? literal : localNameFor(logicalId);
