import { describe, expect, it } from 'vitest';
import { httpAwsClients } from '#shared/adapters/aws-http/index.ts';
import type { Transport } from '#shared/adapters/aws-http/node-transport.ts';
import { isConditionalCheckFailure } from '#shared/adapters/dynamo-api.ts';
import {
  jsonAnswer,
  recordedSleep,
  scriptedTransport,
  sentUrl,
  TEST_ENV,
} from './fake-transport.ts';

const dynamoOver = (transport: Transport) =>
  httpAwsClients(TEST_ENV, { transport, sleep: recordedSleep().sleep }).dynamo();

describe('DynamoDB over its JSON protocol', () => {
  it('posts the operation as X-Amz-Target with the document marshalled, bytes as base64', async () => {
    const fake = scriptedTransport(jsonAnswer(200, {}));
    const dynamo = dynamoOver(fake.transport);

    await dynamo.put({
      TableName: 'Articles',
      Item: { articleId: 'a1', packed: new Uint8Array([1, 2, 255]), tags: ['x'], gone: undefined },
      ConditionExpression: '#seq < :seq',
      ExpressionAttributeNames: { '#seq': 'sequencerKey' },
      ExpressionAttributeValues: { ':seq': '0A' },
    });

    const [request] = fake.requests;
    expect(sentUrl(request)).toBe('https://dynamodb.eu-west-1.amazonaws.com/');
    expect(request?.headers['x-amz-target']).toBe('DynamoDB_20120810.PutItem');
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(JSON.parse(fake.bodies[0] ?? '')).toEqual({
      TableName: 'Articles',
      Item: { articleId: { S: 'a1' }, packed: { B: 'AQL/' }, tags: { L: [{ S: 'x' }] } },
      ConditionExpression: '#seq < :seq',
      ExpressionAttributeNames: { '#seq': 'sequencerKey' },
      ExpressionAttributeValues: { ':seq': { S: '0A' } },
    });
  });

  it('gives items back as documents, base64 bytes as bytes, nested ones too', async () => {
    const fake = scriptedTransport(
      jsonAnswer(200, {
        Items: [{ id: { S: 'a' }, n: { N: '3' }, m: { M: { b: { B: 'AQI=' } } } }],
        LastEvaluatedKey: { id: { S: 'a' } },
      }),
    );

    const page = await dynamoOver(fake.transport).query({
      TableName: 'Articles',
      IndexName: 'byContent',
      KeyConditionExpression: '#k = :v',
      ExpressionAttributeValues: { ':v': 'x' },
      ExclusiveStartKey: { id: 'z' },
      Limit: 5,
    });

    expect(page).toEqual({
      Items: [{ id: 'a', n: 3, m: { b: new Uint8Array([1, 2]) } }],
      LastEvaluatedKey: { id: 'a' },
    });
    expect(JSON.parse(fake.bodies[0] ?? '')).toMatchObject({
      ExclusiveStartKey: { id: { S: 'z' } },
      Limit: 5,
    });
  });

  it('reads no item as no Item', async () => {
    const fake = scriptedTransport(jsonAnswer(200, {}));

    expect(await dynamoOver(fake.transport).get({ TableName: 'T', Key: { id: 'a' } })).toEqual({});
  });

  it('maps a BatchGetItem answer and its unprocessed keys per table', async () => {
    const fake = scriptedTransport(
      jsonAnswer(200, {
        Responses: { T: [{ id: { S: 'a' } }] },
        UnprocessedKeys: { T: { Keys: [{ id: { S: 'b' } }] } },
      }),
    );

    const output = await dynamoOver(fake.transport).batchGet({
      RequestItems: { T: { Keys: [{ id: 'a' }, { id: 'b' }] } },
    });

    expect(JSON.parse(fake.bodies[0] ?? '')).toEqual({
      RequestItems: { T: { Keys: [{ id: { S: 'a' } }, { id: { S: 'b' } }] } },
    });
    expect(output).toEqual({
      Responses: { T: [{ id: 'a' }] },
      UnprocessedKeys: { T: { Keys: [{ id: 'b' }] } },
    });
  });

  it('fails a write whose condition fails with an error the stores recognise', async () => {
    const fake = scriptedTransport(
      jsonAnswer(400, {
        __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
        message: 'The conditional request failed',
      }),
    );

    const error = await dynamoOver(fake.transport)
      .update({ TableName: 'T', Key: { id: 'a' }, UpdateExpression: 'REMOVE #r' })
      .catch((e) => e);

    expect(isConditionalCheckFailure(error)).toBe(true);
    expect(error.message).toBe(
      'DynamoDB UpdateItem failed: ConditionalCheckFailedException (HTTP 400): The conditional request failed',
    );
  });
});

describe('EventBridge over its JSON 1.1 protocol', () => {
  it('puts the entries with the time in epoch seconds and returns the answers', async () => {
    const fake = scriptedTransport(jsonAnswer(200, { Entries: [{ EventId: 'e1' }] }));
    const events = httpAwsClients(
      { ...TEST_ENV, AWS_ENDPOINT_URL_EVENTBRIDGE: 'http://127.0.0.1:4010' },
      { transport: fake.transport },
    ).eventBridge();

    const answer = await events.putEvents([
      { Source: 's', DetailType: 'd', Detail: '{}', Time: new Date('2025-11-05T09:14:03.500Z') },
    ]);

    expect(answer).toEqual({ Entries: [{ EventId: 'e1' }] });
    const [request] = fake.requests;
    expect(sentUrl(request)).toBe('http://127.0.0.1:4010/');
    expect(request?.headers['x-amz-target']).toBe('AWSEvents.PutEvents');
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(JSON.parse(fake.bodies[0] ?? '')).toEqual({
      Entries: [{ Source: 's', DetailType: 'd', Detail: '{}', Time: 1762334043.5 }],
    });
  });
});
