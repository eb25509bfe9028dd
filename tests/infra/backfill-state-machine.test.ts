import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKFILL_SLOTS, backfillRecordTemplate } from '#infra/constructs/backfill-template.ts';
import { backfillMessageBody } from '#shared/adapters/sqs-backfill-message.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { type SynthResult, synthIngestStack } from './synth-stack.ts';
import { type PolicyStatement, propertiesOf } from './template-queries.ts';

/** The state machine's definition, each `{ Ref: X }` of its Fn::Join written as `<X>`. */
const definitionOf = (synth: SynthResult): Record<string, unknown> => {
  const body = propertiesOf(synth.template, 'BackfillStateMachine').DefinitionString as {
    'Fn::Join': [string, unknown[]];
  };
  const parts = body['Fn::Join'][1].map((part) =>
    typeof part === 'string' ? part : `<${(part as { Ref: string }).Ref}>`,
  );
  return JSON.parse(parts.join('')) as Record<string, unknown>;
};

/** Every statement of the policies attached to the state machine's role. */
const roleStatements = (synth: SynthResult): PolicyStatement[] =>
  Object.values(synth.template.findResources('AWS::IAM::Policy')).flatMap((policy) => {
    const props = (policy as { Properties: Record<string, unknown> }).Properties;
    const roles = JSON.stringify(props.Roles);
    if (!roles.includes('BackfillStateMachineRole')) return [];
    return (props.PolicyDocument as { Statement: PolicyStatement[] }).Statement;
  });

/**
 * What Step Functions computes from the template for one listed item: each slot replaced
 * by its value, as JSONata would evaluate it (`$encodeUrlComponent` is
 * encodeURIComponent; `"literal" & x` concatenates).
 */
const evaluateTemplate = (values: Record<keyof typeof BACKFILL_SLOTS, string | number>) => {
  let text = backfillRecordTemplate();
  for (const [name, expression] of Object.entries(BACKFILL_SLOTS)) {
    const value = values[name as keyof typeof BACKFILL_SLOTS];
    text = text.replaceAll(`" & ${expression}`, `${String(value)}"`);
    text = text.replaceAll(expression, JSON.stringify(value));
  }
  return JSON.parse(text) as unknown;
};

describe('the backfill state machine', () => {
  it('is not in the stack unless -c backfillStateMachine=true', () => {
    const synth = synthIngestStack();
    synth.template.resourceCountIs('AWS::StepFunctions::StateMachine', 0);
    synth.dispose();
  });

  describe('with -c backfillStateMachine=true', () => {
    let synth: SynthResult;
    beforeAll(() => {
      synth = synthIngestStack({ context: { backfillStateMachine: 'true' } });
    });
    afterAll(() => synth.dispose());

    it('lists ArticlesBucket in a Distributed Map, ten keys to a child workflow', () => {
      const definition = JSON.stringify(definitionOf(synth));

      expect(definition).toContain('"Mode":"DISTRIBUTED"');
      expect(definition).toContain(':states:::s3:listObjectsV2');
      expect(definition).toContain('"Bucket":"<ArticlesBucket>"');
      expect(definition).toContain('"MaxItemsPerBatch":10');
      expect(definition).toContain(':states:::aws-sdk:sqs:sendMessageBatch');
      expect(definition).toContain('"QueueUrl":"<IngestQueue>"');
    });

    it('grants ListBucket on ArticlesBucket and SendMessage on IngestQueue, nothing more of S3 or SQS', () => {
      const grants = roleStatements(synth).filter((statement) =>
        [statement.Action].flat().some((action) => /^(s3|sqs):/.test(action)),
      );

      expect(grants).toEqual([
        {
          Action: 's3:ListBucket',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': ['ArticlesBucket', 'Arn'] },
        },
        {
          Action: 'sqs:SendMessage',
          Effect: 'Allow',
          Resource: { 'Fn::GetAtt': ['IngestQueue', 'Arn'] },
        },
      ]);
    });

    it('logs every run and traces it', () => {
      synth.template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        LoggingConfiguration: { Level: 'ALL' },
        TracingConfiguration: { Enabled: true },
      });
      synth.template.hasOutput('BackfillStateMachineArn', {});
    });

    it('builds the message the CLI sends, which the function parses to the same change', () => {
      const key = 'news/a b+c (1)/é%.txt';
      const fromTemplate = evaluateTemplate({
        bucket: 'articles',
        eventTime: '2026-01-02T03:04:05.000Z',
        key: encodeURIComponent(key),
        size: 42,
        eTag: 'abc',
      });
      const fromCli = backfillMessageBody(
        'articles',
        { key, size: 42, eTag: 'abc' },
        '2026-01-02T03:04:05.000Z',
      );

      const parsedTemplate = parseQueueMessage({
        messageId: 'sfn',
        body: JSON.stringify({ Records: [fromTemplate] }),
      });
      const parsedCli = parseQueueMessage({ messageId: 'cli', body: fromCli });

      expect(parsedTemplate).toEqual(parsedCli);
      expect(parsedTemplate).toMatchObject({ refs: [{ key, sequencer: '0' }] });
    });
  });
});
