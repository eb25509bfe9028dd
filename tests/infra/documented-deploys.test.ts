import { Node } from 'constructs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentedContextKeys, documentedDeploys } from './documented-deploys.ts';
import { synthIngestStack } from './synth-stack.ts';

/** The stack's own keys are camelCase words; CDK's flags carry `:`, `@`, `-` or `.`. */
const PROJECT_KEY = /^[a-z][A-Za-z0-9]*$/;

/** The project context keys a synth with `context` asks for. */
const keysReadBySynth = (context: Record<string, string>): Set<string> => {
  const read = vi.spyOn(Node.prototype, 'tryGetContext');
  synthIngestStack({ context }).dispose();
  const keys = read.mock.calls.map(([key]) => key).filter((key) => PROJECT_KEY.test(key));
  return new Set(keys);
};

describe('docs/DEPLOY.md', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every context key the stack reads, and no other', () => {
    const read = new Set<string>();
    for (const { context } of documentedDeploys()) {
      for (const key of keysReadBySynth(context)) read.add(key);
    }

    expect([...read].sort()).toEqual([...documentedContextKeys()].sort());
  });

  it('documents commands that set only keys the stack reads', () => {
    const keys = new Set(documentedContextKeys());
    const unknown = documentedDeploys().flatMap(({ context }) =>
      Object.keys(context).filter((key) => !keys.has(key)),
    );

    expect(unknown).toEqual([]);
  });

  it('refuses a command it cannot read, rather than skipping it', () => {
    const doc = (command: string) =>
      `<!-- deploy-examples -->\n\n| command | why |\n| --- | --- |\n| \`${command}\` | x |\n`;

    expect(documentedDeploys(doc('npx cdk deploy -c batchSize=20')).at(0)?.context).toEqual({
      batchSize: '20',
    });
    expect(() => documentedDeploys(doc('npx cdk deploy --context batchSize=20'))).toThrow(
      "expected '-c key=value'",
    );
  });
});
