import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SynthResult, synthIngestStack } from './synth-stack.ts';
import { actionsOf, propertiesOf, roleStatementsOf, statementTargets } from './template-queries.ts';

let synth: SynthResult;
let withConsumer: SynthResult;
beforeAll(() => {
  synth = synthIngestStack();
  withConsumer = synthIngestStack({ context: { consumerExample: 'true' } });
});
afterAll(() => {
  synth.dispose();
  withConsumer.dispose();
});

describe('change events', () => {
  it('owns an EventBridge bus and names it in the outputs', () => {
    synth.template.resourceCountIs('AWS::Events::EventBus', 1);
    const outputs = synth.template.toJSON().Outputs as Record<string, { Value: unknown }>;

    expect(outputs.ChangeEventBusName?.Value).toEqual({ Ref: 'ChangeEventBus' });
    expect(outputs.ChangeEventBusArn?.Value).toEqual({ 'Fn::GetAtt': ['ChangeEventBus', 'Arn'] });
    expect(outputs.PublishFailureQueueUrl?.Value).toEqual({ Ref: 'PublishFailureQueue' });
  });

  it('reads the table stream with partial-batch failure, bisection, bounded retries and an on-failure queue', () => {
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': ['ArticlesTable', 'StreamArn'] },
      FunctionName: { Ref: 'PublishFunction' },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: Match.anyValue(),
      MaximumRecordAgeInSeconds: Match.anyValue(),
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': ['PublishFailureQueue', 'Arn'] } },
      },
    });
  });

  it('gives the publish function the bus and the table to point at', () => {
    const variables = (
      propertiesOf(synth.template, 'PublishFunction').Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;

    expect(variables.EVENT_BUS_NAME).toEqual({ Ref: 'ChangeEventBus' });
    expect(variables.TABLE_NAME).toEqual({ Ref: 'ArticlesTable' });
  });

  it('lets the publish function put events on its bus only, and never write the table', () => {
    const statements = roleStatementsOf(synth.template, 'PublishFunction');
    const puts = statements.filter((s) => actionsOf(s).includes('events:PutEvents'));
    const tableWrites = statements
      .filter((s) => statementTargets(s, 'ArticlesTable'))
      .flatMap(actionsOf)
      .filter((action) => /^dynamodb:(Put|Update|Delete|BatchWrite|\*)/.test(action));

    expect(puts.map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': ['ChangeEventBus', 'Arn'] }]);
    expect(tableWrites).toEqual([]);
  });

  it('adds the example consumer only with -c consumerExample=true', () => {
    synth.template.resourceCountIs('AWS::Events::Rule', 0);
    withConsumer.template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: 'ChangeEventBus' },
      EventPattern: { source: ['article-ingest'] },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': ['ConsumerQueue', 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['ConsumerDeadLetterQueue', 'Arn'] } },
        }),
      ],
    });
    const outputs = withConsumer.template.toJSON().Outputs as Record<string, unknown>;
    expect(Object.keys(outputs)).toContain('ConsumerExampleQueueUrl');
  });
});
