import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backfillRecordTemplate,
  backfillSlots,
  type ItemFields,
  inventoryRow,
  LISTED_OBJECT,
} from '#infra/constructs/backfill-template.ts';
import { backfillMessageBody } from '#shared/adapters/sqs-backfill-message.ts';
import { parseQueueMessage } from '#shared/events/parse-queue-message.ts';
import { type SynthResult, synthError, synthIngestStack } from './synth-stack.ts';
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

type SlotValues = Record<'bucket' | 'eventTime' | 'key' | 'size' | 'eTag', string | number>;

/**
 * What Step Functions computes from the template for one item: each slot replaced by its
 * value, as JSONata would evaluate it (`"literal" & x` concatenates).
 */
const evaluateTemplate = (fields: ItemFields, values: SlotValues) => {
  let text = backfillRecordTemplate(fields);
  for (const [name, expression] of Object.entries(backfillSlots(fields))) {
    const value = values[name as keyof SlotValues];
    text = text.replaceAll(`" & ${expression}`, `${String(value)}"`);
    text = text.replaceAll(expression, JSON.stringify(value));
  }
  return JSON.parse(text) as unknown;
};

/** The states of the definition, top level and in each map's child workflow, by name. */
const statesOf = (definition: Record<string, unknown>): Record<string, Record<string, unknown>> => {
  const top = definition.States as Record<string, Record<string, unknown>>;
  const children = Object.values(top).flatMap((state) => {
    const processor = state.ItemProcessor as { States?: object } | undefined;
    return processor?.States ? Object.entries(processor.States) : [];
  });
  return { ...top, ...Object.fromEntries(children) };
};

/** The S3 and SQS statements of the state machine's role. */
const storageGrants = (synth: SynthResult) =>
  roleStatements(synth).filter((statement) =>
    [statement.Action].flat().some((action) => /^(s3|sqs):/.test(action)),
  );

const LISTING_AND_QUEUE_GRANTS = [
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
];

/** A key with every character S3 events encode: spaces, `+`, parentheses, non-ASCII, `%`. */
const KEY = 'news/a b+c (1)/é%.txt';
const EVENT_TIME = '2026-01-02T03:04:05.000Z';

/**
 * The CLI's message for KEY and the template's for an item naming it `encodedKey`, each
 * parsed as the function parses a message.
 */
const parsedBoth = (fields: ItemFields, encodedKey: string) => {
  const values = {
    bucket: 'articles',
    eventTime: EVENT_TIME,
    key: encodedKey,
    size: 42,
    eTag: 'abc',
  };
  const fromTemplate = evaluateTemplate(fields, values);
  const fromCli = backfillMessageBody('articles', { key: KEY, size: 42, eTag: 'abc' }, EVENT_TIME);
  return {
    template: parseQueueMessage({
      messageId: 'sfn',
      body: JSON.stringify({ Records: [fromTemplate] }),
    }),
    cli: parseQueueMessage({ messageId: 'cli', body: fromCli }),
  };
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
      expect(storageGrants(synth)).toEqual(LISTING_AND_QUEUE_GRANTS);
    });

    it('lists when the input names no manifest, and refuses one, naming the context key', () => {
      const states = statesOf(definitionOf(synth));
      const choice = states.ListingOrInventory as {
        Choices: { Condition: string; Next: string }[];
        Default: string;
      };

      expect(choice.Choices).toEqual([
        { Condition: '{% $not($exists($states.input.manifest)) %}', Next: 'ListAndEnqueue' },
      ]);
      expect(choice.Default).toBe('ManifestNotReadable');
      expect(states.ManifestNotReadable?.Cause).toContain('-c backfillInventoryBucket=NAME');
      expect(JSON.stringify(states)).not.toContain(':states:::s3:getObject');
    });

    it('logs every run and traces it', () => {
      synth.template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
        LoggingConfiguration: { Level: 'ALL' },
        TracingConfiguration: { Enabled: true },
      });
      synth.template.hasOutput('BackfillStateMachineArn', {});
    });

    it('builds the message the CLI sends, which the function parses to the same change', () => {
      const { template, cli } = parsedBoth(LISTED_OBJECT, encodeURIComponent(KEY));

      expect(template).toEqual(cli);
      expect(template).toMatchObject({ refs: [{ key: KEY, sequencer: '0' }] });
    });
  });

  describe('with -c backfillInventoryBucket=my-inventory as well', () => {
    let synth: SynthResult;
    let states: Record<string, Record<string, unknown>>;
    beforeAll(() => {
      synth = synthIngestStack({
        context: { backfillStateMachine: 'true', backfillInventoryBucket: 'my-inventory' },
      });
      states = statesOf(definitionOf(synth));
    });
    afterAll(() => synth.dispose());

    it('reads the manifest the input names, in the inventory bucket, without a prefix', () => {
      const choice = states.ListingOrInventory as {
        Choices: { Condition: string; Next: string }[];
      };
      const inventory = choice.Choices.find(({ Next }) => Next === 'ReadInventoryAndEnqueue');

      expect(choice.Choices.map(({ Next }) => Next)).toEqual([
        'ListAndEnqueue',
        'ReadInventoryAndEnqueue',
      ]);
      expect(inventory?.Condition).toContain('$states.input.manifest.bucket = "my-inventory"');
      expect(inventory?.Condition).toContain("$type($states.input.manifest.key) = 'string'");
      expect(inventory?.Condition).toContain('$not($exists($states.input.prefix))');
      expect(states.ManifestNotReadable?.Cause).toContain('"bucket": "my-inventory"');
    });

    it("reads the report's CSV files with the manifest item reader, ten rows to a batch", () => {
      const map = states.ReadInventoryAndEnqueue as Record<string, unknown>;

      expect(map.ItemReader).toEqual({
        Resource: 'arn:<AWS::Partition>:states:::s3:getObject',
        ReaderConfig: { InputType: 'MANIFEST' },
        Arguments: { Bucket: 'my-inventory', Key: '{% $states.input.manifest.key %}' },
      });
      expect(map.ItemBatcher).toEqual(
        (states.ListAndEnqueue as Record<string, unknown>).ItemBatcher,
      );
      expect(JSON.stringify(map.ItemProcessor)).toContain('"QueueUrl":"<IngestQueue>"');
    });

    it('sends only current objects of ArticlesBucket, and nothing for a batch of none', () => {
      const current = inventoryRow('<ArticlesBucket>').current ?? '';
      const send = JSON.stringify(states.InventorySendBatch);
      const anyCurrent = JSON.stringify(states.InventoryAnyCurrent);

      expect(current).toContain("$not($item.IsDeleteMarker = 'true')");
      expect(current).toContain("$not($item.IsLatest = 'false')");
      expect(send).toContain(JSON.stringify(current).slice(1, -1));
      expect(anyCurrent).toContain(JSON.stringify(current).slice(1, -1));
      expect(anyCurrent).toContain('"Next":"InventoryNoneCurrent"');
      expect(anyCurrent).toContain('"Default":"InventorySendBatch"');
    });

    it('adds GetObject on the inventory bucket only, to the listing and queue grants', () => {
      expect(storageGrants(synth)).toEqual([
        ...LISTING_AND_QUEUE_GRANTS,
        {
          Action: 's3:GetObject',
          Effect: 'Allow',
          Resource: {
            'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::my-inventory/*']],
          },
        },
      ]);
    });

    it("builds the CLI's message from a report row, its URL-encoded key decoded once", () => {
      // S3 Inventory writes keys form-encoded, as S3 events carry them.
      const { template, cli } = parsedBoth(
        inventoryRow('articles'),
        'news/a+b%2Bc+%281%29/%C3%A9%25.txt',
      );

      expect(template).toEqual(cli);
      expect(template).toMatchObject({ refs: [{ key: KEY, sequencer: '0' }] });
    });
  });

  it('refuses an inventory bucket name S3 would not accept', () => {
    expect(
      synthError({ backfillStateMachine: 'true', backfillInventoryBucket: 'My_Reports' }),
    ).toBe("Context: backfillInventoryBucket must be an S3 bucket name, not 'My_Reports'.");
  });
});
