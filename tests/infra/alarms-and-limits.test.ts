import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NEAR_DUPLICATE_PROBES } from '#shared/domain/fingerprint-bands.ts';
import { DEFAULT_LIMITS, type Limits, limitVariable } from '#shared/domain/limits.ts';
import { type SynthResult, synthError, synthIngestStack } from './synth-stack.ts';
import { propertiesOf } from './template-queries.ts';

const environmentOf = (synth: SynthResult): Record<string, unknown> =>
  (
    propertiesOf(synth.template, 'IngestFunction').Environment as {
      Variables: Record<string, unknown>;
    }
  ).Variables;

describe('the ingest function limits', () => {
  it('sets every limit as a LIMIT_* variable, defaults included', () => {
    const synth = synthIngestStack();

    const env = environmentOf(synth);
    synth.dispose();

    for (const [name, value] of Object.entries(DEFAULT_LIMITS)) {
      expect(env[limitVariable(name as keyof Limits)]).toBe(String(value));
    }
  });

  it('takes a limit from the context key of its name', () => {
    const synth = synthIngestStack({ context: { maxObjectBytes: '1048576', maxNestingDepth: 64 } });

    const env = environmentOf(synth);
    synth.dispose();

    expect(env).toMatchObject({
      LIMIT_MAX_OBJECT_BYTES: '1048576',
      LIMIT_MAX_NESTING_DEPTH: '64',
      LIMIT_MAX_ZIP_ENTRIES: String(DEFAULT_LIMITS.maxZipEntries),
    });
  });

  it('refuses to synthesize with a limit that is not a positive integer', () => {
    expect(synthError({ maxObjectBytes: '25MB' })).toContain(
      "LIMIT_MAX_OBJECT_BYTES must be a positive integer, not '25MB'.",
    );
  });
});

describe('the near-duplicate lookup', () => {
  it('sets NEAR_DUPLICATE_PROBES to the default mode when the context names none', () => {
    const synth = synthIngestStack();

    const env = environmentOf(synth);
    synth.dispose();

    expect(env.NEAR_DUPLICATE_PROBES).toBe(DEFAULT_NEAR_DUPLICATE_PROBES);
  });

  it('takes the mode from -c nearDuplicateProbes, next to the limits', () => {
    const synth = synthIngestStack({ context: { nearDuplicateProbes: 'neighbours' } });

    const env = environmentOf(synth);
    synth.dispose();

    expect(env).toMatchObject({
      NEAR_DUPLICATE_PROBES: 'neighbours',
      LIMIT_MAX_OBJECT_BYTES: String(DEFAULT_LIMITS.maxObjectBytes),
    });
  });

  it('refuses to synthesize with a mode it does not know, in one sentence', () => {
    expect(synthError({ nearDuplicateProbes: 'neighbors' })).toBe(
      "Context: nearDuplicateProbes must be one of off, exact, neighbours, not 'neighbors' (set with -c nearDuplicateProbes=exact).",
    );
  });
});

describe('alarms', () => {
  let synth: SynthResult;
  beforeAll(() => {
    synth = synthIngestStack();
  });
  afterAll(() => synth.dispose());

  const anyAbove = {
    Threshold: 0,
    ComparisonOperator: 'GreaterThanThreshold',
    EvaluationPeriods: 1,
  };

  it('alarms when any message is visible in the dead-letter queue', () => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...anyAbove,
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': ['DeadLetterQueue', 'QueueName'] } },
      ],
    });
  });

  it.each(['Errors', 'Throttles'])('alarms on any ingest function %s', (metric) => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...anyAbove,
      Namespace: 'AWS/Lambda',
      MetricName: metric,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'IngestFunction' } }],
    });
  });

  it('creates no topic, no topic output and no alarm action without an alarm e-mail', () => {
    synth.template.resourceCountIs('AWS::SNS::Topic', 0);
    expect(Object.keys(synth.template.findOutputs('*'))).not.toContain('AlarmTopicArn');
    synth.template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: Match.absent(),
    });
  });
});

describe('alarms with -c alarmEmail', () => {
  let synth: SynthResult;
  beforeAll(() => {
    synth = synthIngestStack({ context: { alarmEmail: 'ops@example.com' } });
  });
  afterAll(() => synth.dispose());

  it('mails the address through an encrypted topic', () => {
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    synth.template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: Match.anyValue(),
    });
  });

  it('sends every alarm and its recovery to the topic', () => {
    const alarms = synth.template.findResources('AWS::CloudWatch::Alarm');
    const [topicId] = Object.keys(synth.template.findResources('AWS::SNS::Topic'));

    // The ingest path's five and the publish path's three.
    expect(Object.keys(alarms)).toHaveLength(8);
    for (const alarm of Object.values(alarms)) {
      expect(alarm.Properties).toMatchObject({
        AlarmActions: [{ Ref: topicId }],
        OKActions: [{ Ref: topicId }],
      });
    }
  });

  it('names the topic in the outputs', () => {
    const [topicId] = Object.keys(synth.template.findResources('AWS::SNS::Topic'));

    synth.template.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
  });

  it('refuses to synthesize with an alarm e-mail that is not an address', () => {
    expect(synthError({ alarmEmail: 'ops' })).toContain(
      "alarmEmail must be an e-mail address, not 'ops'.",
    );
  });
});
