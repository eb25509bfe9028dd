import { rmSync } from 'node:fs';
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestApp } from './synth-stack.ts';

// cdk-nag 3 is a policy-validation plugin: findings are not annotations but a report.
// `app.synth()` throws ValidationFailed on an unacknowledged error; `validateScope`
// returns every remaining finding (errors and warnings) for a readable assertion.
describe.each([
  ['by default', {}],
  ['with -c destroyData=true', { destroyData: 'true' }],
  ['with -c alarmEmail=ops@example.com', { alarmEmail: 'ops@example.com' }],
  ['with -c backfillStateMachine=true', { backfillStateMachine: 'true' }],
  ['with -c consumerExample=true', { consumerExample: 'true' }],
])('cdk-nag AwsSolutions on a fresh ArticleIngest app %s', (_, context) => {
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
});
