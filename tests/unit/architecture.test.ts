import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type Import,
  importGraphOf,
  resolveSpecifier,
  subpathImportsOf,
} from './architecture/import-graph.ts';
import { importSpecifiers } from './architecture/import-specifiers.ts';
import {
  bannedImports,
  fileCycles,
  folderCycles,
  type ImportBan,
  relativeImportsLeaving,
} from './architecture/layer-checks.ts';

// The layer rules (see docs/ARCHITECTURE.md), checked over every import of every
// .ts/.mjs file, type-only imports included. Biome's noRestrictedImports (biome.json)
// repeats the package bans in the editor; the folder rules live only here.

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOP_LEVEL_FOLDERS = ['shared', 'lambdas', 'infra', 'local', 'bench', 'tests'];
const SUBPATH_IMPORTS = subpathImportsOf(REPO_ROOT);

/** The pure core: no I/O, no cloud, nothing from the layers around it. */
const CORE = [
  'shared/domain',
  'shared/text',
  'shared/formats',
  'shared/extract',
  'shared/pipeline',
  'shared/events',
  'shared/changes',
];

/** Each ban is one rule, named by the sentence a failing test prints. */
const RULES = {
  coreNeedsNoIo: {
    rule: 'the core imports no AWS SDK, CDK, file system, process or network module',
    in: CORE,
    packages: [
      '@aws-sdk/*',
      'aws-cdk-lib',
      'fs',
      'node:fs',
      'child_process',
      'node:child_process',
      'net',
      'node:net',
      'http',
      'node:http',
    ],
  },
  coreStaysInside: {
    rule: 'the core imports nothing from adapters, lambdas, infra, local, bench or tests',
    in: CORE,
    folders: ['shared/adapters', 'lambdas', 'infra', 'local', 'bench', 'tests'],
  },
  textIsTheBottom: {
    rule: 'shared/text imports nothing from formats, extract or pipeline',
    in: ['shared/text'],
    folders: ['shared/formats', 'shared/extract', 'shared/pipeline'],
  },
  formatsBelowExtract: {
    rule: 'shared/formats imports neither extract nor pipeline',
    in: ['shared/formats'],
    folders: ['shared/extract', 'shared/pipeline'],
  },
  extractBelowPipeline: {
    rule: 'shared/extract does not import pipeline',
    in: ['shared/extract'],
    folders: ['shared/pipeline'],
  },
  // The change rule reads records and nothing else: it must not come to depend on how
  // a record was made (pipeline, extract) or read (formats).
  changesReadOnlyRecords: {
    rule: 'shared/changes imports only shared/domain',
    in: ['shared/changes'],
    folders: [
      'shared/text',
      'shared/formats',
      'shared/extract',
      'shared/pipeline',
      'shared/events',
    ],
  },
  adaptersServeTheCore: {
    rule: 'shared/adapters imports nothing from local, lambdas or infra',
    in: ['shared/adapters'],
    folders: ['local', 'lambdas', 'infra'],
  },
  // A pipeline rule called from an adapter would run behind one implementation of a
  // port and not behind another (the in-memory store of the tests, a future one). The
  // stored form is no rule: it is the table's item layout, which only the DynamoDB
  // adapters write and read, kept in the core so that the mapping stays pure.
  adaptersKnowOnlyPorts: {
    rule: 'shared/adapters imports nothing of the pipeline but its ports and the stored form',
    in: ['shared/adapters'],
    folders: ['shared/pipeline'],
    except: ['shared/pipeline/ports.ts', 'shared/pipeline/stored-item.ts'],
  },
  lambdasStandAlone: {
    rule: 'lambdas import nothing from local, bench or infra',
    in: ['lambdas'],
    folders: ['local', 'bench', 'infra'],
  },
  sharedIsShared: {
    rule: 'shared imports nothing from lambdas, local, infra, bench or tests',
    in: ['shared'],
    folders: ['lambdas', 'local', 'infra', 'bench', 'tests'],
  },
} satisfies Record<string, ImportBan & { rule: string }>;

describe('layer rules', () => {
  const { files, imports: graph } = importGraphOf(REPO_ROOT, TOP_LEVEL_FOLDERS);

  // So that no rule passes for want of imports to look at.
  it('reads the whole repo: every relative and # import names a file that exists', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(graph).toContainEqual({
      file: 'infra/ingest-stack.ts',
      specifier: '#shared/domain/limits.ts',
      target: 'shared/domain/limits.ts',
    });
    const unresolved = graph.filter(
      (edge) => edge.target !== undefined && !existsSync(join(REPO_ROOT, edge.target)),
    );
    expect(unresolved).toEqual([]);
  });

  for (const ban of Object.values(RULES)) {
    it(ban.rule, () => {
      expect(bannedImports(graph, ban)).toEqual([]);
    });
  }

  it('the folders of shared/ import each other without a cycle', () => {
    expect(folderCycles(graph, 'shared')).toEqual([]);
  });

  it('no file in shared/ is part of an import cycle', () => {
    expect(fileCycles(graph, 'shared')).toEqual([]);
  });

  it('tests reach repo code through #shared/, #local/... imports, never ../ out of tests/', () => {
    expect(relativeImportsLeaving(graph, 'tests')).toEqual([]);
  });
});

describe('the checker itself', () => {
  const edge = (file: string, specifier: string): Import => {
    const target = resolveSpecifier(file, specifier, SUBPATH_IMPORTS);
    return target === undefined ? { file, specifier } : { file, specifier, target };
  };

  it('finds static, re-export, side-effect, dynamic and type-only imports, and nothing else', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from '#shared/c.ts';",
      "export * from './d.ts';",
      "import './e.ts';",
      "const f = await import('./f.ts');",
      "type G = typeof import('./g.ts');",
      'import {',
      '  h,',
      "} from 'h-package';",
      "// import { x } from './comment.ts';",
      "/* import './block-comment.ts'; */",
      `const banner = "import { createRequire } from 'module';";`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal, as source text
      "const code = `import { y } from './template.ts'; ${`import './nested.ts';`} ${{ n: 1 }}`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal, as source text
      "const lazy = `${(await import('./in-template.ts')).name}`;",
      "const pattern = /import '.\\/regex.ts'/;",
      "const ratio = a / b; const half = (c) / 2; import.meta.url; Array.from('abc');",
      "const options = { from: './not-an-import.ts' };",
    ].join('\n');

    expect(importSpecifiers(source)).toEqual([
      './a.ts',
      '../b.ts',
      '#shared/c.ts',
      './d.ts',
      './e.ts',
      './f.ts',
      './g.ts',
      'h-package',
      './in-template.ts',
    ]);
  });

  it('resolves relative and # imports to repo paths, and leaves packages alone', () => {
    expect(resolveSpecifier('shared/text/a.ts', '../formats/b.ts', SUBPATH_IMPORTS)).toBe(
      'shared/formats/b.ts',
    );
    expect(resolveSpecifier('tests/unit/x.test.ts', '#local/y.ts', SUBPATH_IMPORTS)).toBe(
      'local/y.ts',
    );
    expect(resolveSpecifier('shared/text/a.ts', 'node:fs', SUBPATH_IMPORTS)).toBeUndefined();
  });

  it('reports a banned package, scope, subpath and folder, naming the file and the import', () => {
    const graph = [
      edge('shared/extract/x.ts', '@aws-sdk/client-s3'),
      edge('shared/domain/y.ts', 'aws-cdk-lib/aws-s3'),
      edge('shared/text/z.ts', 'node:fs'),
      edge('shared/text/z.ts', 'node:path'),
      edge('shared/formats/w.ts', '#shared/adapters/store.ts'),
      edge('shared/adapters/store.ts', '@aws-sdk/client-s3'),
    ];

    expect(bannedImports(graph, RULES.coreNeedsNoIo)).toEqual([
      "shared/extract/x.ts imports '@aws-sdk/client-s3'",
      "shared/domain/y.ts imports 'aws-cdk-lib/aws-s3'",
      "shared/text/z.ts imports 'node:fs'",
    ]);
    expect(bannedImports(graph, RULES.coreStaysInside)).toEqual([
      "shared/formats/w.ts imports '#shared/adapters/store.ts' (shared/adapters/store.ts)",
    ]);
  });

  it('lets a ban keep one file of a banned folder open (a port), and no other', () => {
    const graph = [
      edge('shared/adapters/store.ts', '../pipeline/ports.ts'),
      edge('shared/adapters/store.ts', '../pipeline/original.ts'),
    ];

    expect(bannedImports(graph, RULES.adaptersKnowOnlyPorts)).toEqual([
      "shared/adapters/store.ts imports '../pipeline/original.ts' (shared/pipeline/original.ts)",
    ]);
  });

  it('reports an upward import between core folders', () => {
    const graph = [
      edge('shared/text/a.ts', '../formats/html/b.ts'),
      edge('shared/formats/html/b.ts', '../../text/a.ts'),
    ];

    expect(bannedImports(graph, RULES.textIsTheBottom)).toEqual([
      "shared/text/a.ts imports '../formats/html/b.ts' (shared/formats/html/b.ts)",
    ]);
    expect(bannedImports(graph, RULES.formatsBelowExtract)).toEqual([]);
  });

  it('reports a folder cycle with the imports that close it', () => {
    const graph = [
      edge('shared/formats/a.ts', '../extract/b.ts'),
      edge('shared/extract/b.ts', '../pipeline/c.ts'),
      edge('shared/pipeline/c.ts', '../formats/d.ts'),
      edge('shared/pipeline/c.ts', '../domain/e.ts'),
    ];

    expect(folderCycles(graph, 'shared')).toEqual([
      'shared/extract <-> shared/formats <-> shared/pipeline: ' +
        "shared/formats/a.ts imports '../extract/b.ts' (shared/extract/b.ts); " +
        "shared/extract/b.ts imports '../pipeline/c.ts' (shared/pipeline/c.ts); " +
        "shared/pipeline/c.ts imports '../formats/d.ts' (shared/formats/d.ts)",
    ]);
  });

  it('reports each file cycle with its files, a self-import too, and no acyclic file', () => {
    const graph = [
      edge('shared/formats/read-result.ts', './inflate-limits.ts'),
      edge('shared/formats/inflate-limits.ts', './read-result.ts'),
      edge('shared/formats/inflate-limits.ts', '../domain/limits.ts'),
      edge('shared/extract/a.ts', './b.ts'),
      edge('shared/extract/b.ts', './c.ts'),
      edge('shared/extract/c.ts', './a.ts'),
      edge('shared/text/self.ts', './self.ts'),
    ];

    expect(fileCycles(graph, 'shared')).toEqual([
      'import cycle among shared/extract/a.ts, shared/extract/b.ts, shared/extract/c.ts',
      'import cycle among shared/formats/inflate-limits.ts, shared/formats/read-result.ts',
      'import cycle among shared/text/self.ts',
    ]);
  });

  it('reports a relative import out of tests/, not one inside it nor a # import', () => {
    const graph = [
      edge('tests/unit/a.test.ts', '../../shared/domain/limits.ts'),
      edge('tests/unit/a.test.ts', './helper.ts'),
      edge('tests/unit/formats/b.test.ts', '../../fixtures/pdf.ts'),
      edge('tests/unit/a.test.ts', '#shared/domain/limits.ts'),
    ];

    expect(relativeImportsLeaving(graph, 'tests')).toEqual([
      "tests/unit/a.test.ts imports '../../shared/domain/limits.ts' (shared/domain/limits.ts)",
    ]);
  });
});
