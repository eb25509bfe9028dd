import { describe, expect, it } from 'vitest';
import { packageOf, packageShares, sdkBytes } from '#bench/bench/bundle-packages.ts';

describe('packageOf', () => {
  it('names a package by its name, scoped or not, and our code by layer and folder', () => {
    expect(packageOf('@aws-sdk/client-s3/dist-es/schemas/schemas_0.js')).toBe('@aws-sdk/client-s3');
    expect(packageOf('zod/v4/core/schemas.js')).toBe('zod');
    expect(packageOf('shared/formats/html/read-html.ts')).toBe('shared/formats/html');
    expect(packageOf('shared/text/month-names.ts')).toBe('shared/text/month-names.ts');
    expect(packageOf('lambdas/ingest/deps.ts')).toBe('lambdas/ingest/deps.ts');
  });
});

describe('packageShares', () => {
  it("sums each package's inputs, largest first, and counts the SDK's packages apart", () => {
    const shares = packageShares([
      { path: 'zod/v4/core/schemas.js', bytesInOutput: 30 },
      { path: '@smithy/core/dist-es/index.js', bytesInOutput: 50 },
      { path: 'zod/v4/mini/schemas.js', bytesInOutput: 40 },
      { path: '@aws-sdk/client-s3/dist-es/index.js', bytesInOutput: 20 },
      { path: 'shared/formats/html/dom.ts', bytesInOutput: 5 },
    ]);

    expect(shares).toEqual([
      { name: 'zod', bytesInOutput: 70 },
      { name: '@smithy/core', bytesInOutput: 50 },
      { name: '@aws-sdk/client-s3', bytesInOutput: 20 },
      { name: 'shared/formats/html', bytesInOutput: 5 },
    ]);
    expect(sdkBytes(shares)).toBe(70);
  });
});
