import { defineConfig } from 'vitest/config';

// One project per layer (see the README's "Tests and measurements"). Integration and e2e start the real local
// emulators; unit and infra need nothing running.
//
// Unit and infra files share one module registry (`isolate: false`): their modules are
// pure or clean up after themselves (env stubs are unstubbed), and re-importing
// aws-cdk-lib and the extractor for every file cost more than the tests themselves
// (unit 352 s -> 58 s, infra 412 s -> 83 s, measured on a loaded 2-core machine).
// Integration and e2e stay isolated: they start processes and stacks per file.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'events/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
