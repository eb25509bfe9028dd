import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CfnTemplate, parseTemplate, TemplateError } from '#local/template/cfn.ts';
import { readStreamSource } from '#local/template/read-stream-source.ts';
import { readWiring } from '#local/template/read-wiring.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'ArticleIngest.template.json');
const TABLE = 'ArticlesTable1A2B3C4D';

/** The fixture stack plus a bus, a publish function and its stream mapping, as CDK writes them. */
const withChangeEvents = (mapping: Record<string, unknown> = {}): CfnTemplate => {
  const template = parseTemplate(JSON.parse(readFileSync(FIXTURE, 'utf8')), FIXTURE);
  return {
    Resources: {
      ...template.Resources,
      ChangeEventBus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'ArticleIngestBus' } },
      PublishFunction: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Code: { S3Key: `${'ab12'.repeat(16)}.zip` },
          Handler: 'index.handler',
          Timeout: 30,
          MemorySize: 256,
          Environment: {
            Variables: { EVENT_BUS_NAME: { Ref: 'ChangeEventBus' }, TABLE_NAME: { Ref: TABLE } },
          },
        },
      },
      PublishMapping: {
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: {
          EventSourceArn: { 'Fn::GetAtt': [TABLE, 'StreamArn'] },
          FunctionName: { Ref: 'PublishFunction' },
          BatchSize: 100,
          BisectBatchOnFunctionError: true,
          MaximumRetryAttempts: 8,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          StartingPosition: 'TRIM_HORIZON',
          ...mapping,
        },
      },
    },
  };
};

describe('readStreamSource', () => {
  it('reads the stream mapping, its function and the bus the function names', () => {
    const template = withChangeEvents();
    const wiring = readWiring(template, '/out');

    const stream = readStreamSource(template, '/out', wiring.table);

    expect(stream).toMatchObject({
      busName: 'ArticleIngestBus',
      batchSize: 100,
      reportBatchItemFailures: true,
      bisectOnError: true,
      maxRetryAttempts: 8,
      startingPosition: 'TRIM_HORIZON',
      fn: { logicalId: 'PublishFunction', timeoutSeconds: 30, memoryMb: 256 },
    });
    expect(stream?.fn.environment.EVENT_BUS_NAME).toEqual({
      kind: 'literal',
      value: 'ArticleIngestBus',
    });
    expect(stream?.fn.environment.TABLE_NAME).toEqual({ kind: 'ref', logicalId: TABLE });
  });

  it('leaves the SQS mapping to readWiring, which still finds exactly one', () => {
    const wiring = readWiring(withChangeEvents(), '/out');

    expect(wiring.fn.logicalId).toBe('IngestFunction2D5F7A1B');
  });

  it('is absent from a template made before change events', () => {
    const template = parseTemplate(JSON.parse(readFileSync(FIXTURE, 'utf8')), FIXTURE);

    expect(readStreamSource(template, '/out', readWiring(template, '/out').table)).toBeUndefined();
  });

  it('retries until a record expires when the mapping sets no limit', () => {
    const template = withChangeEvents({ MaximumRetryAttempts: undefined });

    expect(
      readStreamSource(template, '/out', readWiring(template, '/out').table)?.maxRetryAttempts,
    ).toBe(-1);
  });

  it('fails with one sentence when the function names no bus', () => {
    const template = withChangeEvents();
    const fn = template.Resources.PublishFunction;
    if (fn?.Properties) fn.Properties.Environment = { Variables: { TABLE_NAME: { Ref: TABLE } } };

    expect(() => readStreamSource(template, '/out', readWiring(template, '/out').table)).toThrow(
      TemplateError,
    );
  });
});
