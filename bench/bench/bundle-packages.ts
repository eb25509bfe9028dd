import type { BundleInput } from './bundle.ts';

/** Bytes one package (or one folder of ours) contributes to the minified output. */
export interface PackageShare {
  name: string;
  bytesInOutput: number;
}

/** What the AWS SDK is made of in a bundle: its clients, its core and the Smithy runtime. */
const SDK_PACKAGE = /^@(?:aws-sdk|smithy|aws-crypto)\//u;
const SCOPED = /^(@[^/]+\/[^/]+)/u;

/**
 * The package an input belongs to, from its short path (`shortInputPath`): a package's
 * name (`zod`, `@aws-sdk/client-s3`); for our own code, its layer and folder
 * (`shared/formats/html`), or the file when it sits directly in a layer.
 */
export const packageOf = (path: string): string => {
  const scoped = path.match(SCOPED);
  if (scoped?.[1]) return scoped[1];
  const parts = path.split('/');
  const ours = parts[0] === 'shared' || parts[0] === 'lambdas' || parts[0] === 'bench';
  if (ours) return parts.slice(0, Math.min(3, parts.length)).join('/');
  return parts[0] ?? path;
};

/** Every package's bytes in the output, largest first. */
export const packageShares = (inputs: readonly BundleInput[]): PackageShare[] => {
  const totals = new Map<string, number>();
  for (const { path, bytesInOutput } of inputs) {
    const name = packageOf(path);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .map(([name, bytesInOutput]) => ({ name, bytesInOutput }))
    .sort((a, b) => b.bytesInOutput - a.bytesInOutput);
};

/** The AWS SDK's bytes in the output (`@aws-sdk/*`, `@smithy/*`, `@aws-crypto/*`). */
export const sdkBytes = (shares: readonly PackageShare[]): number =>
  shares
    .filter(({ name }) => SDK_PACKAGE.test(name))
    .reduce((sum, { bytesInOutput }) => sum + bytesInOutput, 0);
