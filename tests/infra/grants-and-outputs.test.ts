import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SynthResult, synthIngestStack } from './synth-stack.ts';
import {
  actionsOf,
  type PolicyStatement,
  roleStatementsOf,
  statementTargets,
} from './template-queries.ts';

let synth: SynthResult;
let statements: PolicyStatement[];
beforeAll(() => {
  synth = synthIngestStack();
  statements = roleStatementsOf(synth.template, 'IngestFunction');
});
afterAll(() => synth.dispose());

/** Every action the ingest function may perform on one resource. */
const actionsOn = (logicalId: string): string[] =>
  statements
    .filter((s) => s.Effect === 'Allow' && statementTargets(s, logicalId))
    .flatMap(actionsOf);

describe("the ingest function's permissions", () => {
  it('reads objects and their versions from ArticlesBucket', () => {
    expect(actionsOn('ArticlesBucket')).toEqual(
      expect.arrayContaining(['s3:GetObject*', 's3:List*']),
    );
  });

  it('cannot write or delete anything in ArticlesBucket', () => {
    const writes = actionsOn('ArticlesBucket').filter((a) => /^s3:(Put|Delete|Abort|\*)/.test(a));

    expect(writes).toEqual([]);
  });

  it('makes conditional puts and gets on ArticlesTable and queries its indexes', () => {
    const resources = statements
      .filter((s) => statementTargets(s, 'ArticlesTable'))
      .map((s) => JSON.stringify(s.Resource));

    expect(actionsOn('ArticlesTable')).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:Query']),
    );
    expect(resources.join()).toContain('/index/*');
  });

  it('only puts bodies into ContentBucket, never reads or deletes them', () => {
    const actions = actionsOn('ContentBucket');

    expect(actions).toContain('s3:PutObject');
    expect(actions.filter((a) => /^s3:(Get|Delete|List|\*)/.test(a))).toEqual([]);
  });

  it('receives and deletes messages of IngestQueue only', () => {
    expect(actionsOn('IngestQueue')).toEqual(
      expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage']),
    );
    expect(actionsOn('DeadLetterQueue')).toEqual([]);
  });

  it('has a wildcard resource only for X-Ray trace writes', () => {
    const wildcard = statements.filter((s) => s.Resource === '*').flatMap(actionsOf);

    expect(wildcard.sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  it('never allows a wildcard action', () => {
    const actions = statements.flatMap(actionsOf);

    expect(actions.filter((a) => a === '*' || a.endsWith(':*'))).toEqual([]);
  });
});

describe('the stack outputs', () => {
  it.each([
    ['ArticlesBucketName', { Ref: 'ArticlesBucket' }],
    ['IngestQueueUrl', { Ref: 'IngestQueue' }],
    ['DeadLetterQueueUrl', { Ref: 'DeadLetterQueue' }],
    ['ArticlesTableName', { Ref: 'ArticlesTable' }],
    ['ArticlesTableStreamArn', { 'Fn::GetAtt': ['ArticlesTable', 'StreamArn'] }],
    ['ContentBucketName', { Ref: 'ContentBucket' }],
    ['IngestFunctionName', { Ref: 'IngestFunction' }],
  ])('exports %s', (name, value) => {
    synth.template.hasOutput(name, { Value: value });
  });
});
