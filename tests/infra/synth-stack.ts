import { readFileSync, rmSync } from 'node:fs';
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IngestStack } from '#infra/ingest-stack.ts';

/** CDK's context key listing the stacks whose assets are bundled; `[]` skips esbuild. */
const BUNDLING_STACKS_CONTEXT_KEY = 'aws:cdk:bundling-stacks';

interface CdkJson {
  context: Record<string, unknown>;
}

/** The feature flags `npx cdk synth` runs with, so tests see the deployed template. */
const cdkJsonContext = (): Record<string, unknown> => {
  const cdkJson = JSON.parse(
    readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
  ) as CdkJson;
  return cdkJson.context;
};

export interface SynthOptions {
  /** Extra context, e.g. `{ destroyData: 'true' }` as `-c destroyData=true` passes it. */
  readonly context?: Record<string, unknown>;
  /** Run esbuild on the handler (seconds); off, CDK stages a placeholder asset. */
  readonly bundle?: boolean;
}

export interface SynthResult {
  readonly app: App;
  readonly stack: Stack;
  readonly template: Template;
  /** Removes the cloud assembly (a fresh temp directory per app). */
  readonly dispose: () => void;
}

/** A fresh App + `ArticleIngest` stack, built as `infra/bin/app.ts` builds it. */
export const createIngestApp = (options: SynthOptions = {}): { app: App; stack: Stack } => {
  const app = new App({
    context: {
      ...cdkJsonContext(),
      ...(options.bundle === true ? {} : { [BUNDLING_STACKS_CONTEXT_KEY]: [] }),
      ...options.context,
    },
  });
  return { app, stack: new IngestStack(app, 'ArticleIngest') };
};

/** Synthesizes the stack once; share the result across a file's tests. */
export const synthIngestStack = (options: SynthOptions = {}): SynthResult => {
  const { app, stack } = createIngestApp(options);
  const template = Template.fromStack(stack);
  return {
    app,
    stack,
    template,
    dispose: () => rmSync(app.outdir, { recursive: true, force: true }),
  };
};

/** The message a synth with `context` fails with, or 'no error'. */
export const synthError = (context: Record<string, unknown>): string => {
  try {
    synthIngestStack({ context }).dispose();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
};
