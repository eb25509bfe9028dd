import { rmSync } from 'node:fs';
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedDeploys } from './documented-deploys.ts';
import { createIngestApp } from './synth-stack.ts';

// Every deploy command docs/DEPLOY.md documents, as its table lists them: a new row is
// covered the moment it is written, and a row cannot stay if it does not synth clean.
// cdk-nag 3 is a policy-validation plugin: findings are not annotations but a report.
// `app.synth()` throws ValidationFailed on an unacknowledged error; `validateScope`
// returns every remaining finding (errors and warnings) for a readable assertion.
describe.each(documentedDeploys().map(({ command, context }) => [command, context] as const))(
  'cdk-nag AwsSolutions on a fresh ArticleIngest app for `%s`',
  (_, context) => {
    let app: App;
    beforeAll(() => {
      app = createIngestApp({ context }).app;
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
    });
    afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

    it('synthesizes without a validation failure', () => {
      expect(() => app.synth()).not.toThrow();
    });

    it('leaves no unacknowledged error or warning', () => {
      const report = new AwsSolutionsChecks().validateScope(app);
      const findings = report.violations.flatMap((v) =>
        v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}`),
      );

      expect(findings).toEqual([]);
      expect(report.success).toBe(true);
    });
  },
);
