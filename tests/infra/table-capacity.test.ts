import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROVISIONED_CAPACITY } from '#infra/constructs/table-capacity.ts';
import { AUTO_SCALING_TARGET_PERCENT, TABLE_INDEXES } from '#shared/domain/table-design.ts';
import { synthError, synthIngestStack } from './synth-stack.ts';
import { propertiesOf } from './template-queries.ts';

// cdk-nag: tests/infra/cdk-nag.test.ts checks the documented `tableCapacity=provisioned` deploy.
const INDEX_COUNT = Object.keys(TABLE_INDEXES).length;

describe('tableCapacity=provisioned', () => {
  const synth = synthIngestStack({
    context: { tableCapacity: 'provisioned', tableMaxWriteCapacity: 2500 },
  });
  afterAll(() => synth.dispose());
  const { write, read } = DEFAULT_PROVISIONED_CAPACITY;

  it('provisions the table and every index, starting at the minimum', () => {
    const props = propertiesOf(synth.template, 'ArticlesTable');
    const starting = { ReadCapacityUnits: read.min, WriteCapacityUnits: write.min };

    // CloudFormation's default billing mode is PROVISIONED: CDK leaves it out.
    expect(props.BillingMode ?? 'PROVISIONED').toBe('PROVISIONED');
    expect(props.ProvisionedThroughput).toEqual(starting);
    const indexes = props.GlobalSecondaryIndexes as { ProvisionedThroughput?: unknown }[];
    expect(indexes).toHaveLength(INDEX_COUNT);
    for (const index of indexes) expect(index.ProvisionedThroughput).toEqual(starting);
  });

  it('scales reads and writes of the table and of each index, within the context bounds', () => {
    const targets = synth.template.findResources('AWS::ApplicationAutoScaling::ScalableTarget');
    const dimensions = Object.values(targets).map(
      (t) => (t.Properties as { ScalableDimension: string }).ScalableDimension,
    );

    expect(dimensions.filter((d) => d === 'dynamodb:table:WriteCapacityUnits')).toHaveLength(1);
    expect(dimensions.filter((d) => d === 'dynamodb:table:ReadCapacityUnits')).toHaveLength(1);
    expect(dimensions.filter((d) => d === 'dynamodb:index:WriteCapacityUnits')).toHaveLength(
      INDEX_COUNT,
    );
    expect(dimensions.filter((d) => d === 'dynamodb:index:ReadCapacityUnits')).toHaveLength(
      INDEX_COUNT,
    );
    for (const target of Object.values(targets)) {
      const p = target.Properties as {
        ScalableDimension: string;
        MinCapacity: number;
        MaxCapacity: number;
      };
      const expected = p.ScalableDimension.endsWith('WriteCapacityUnits')
        ? { min: write.min, max: 2500 }
        : read;
      expect([p.MinCapacity, p.MaxCapacity]).toEqual([expected.min, expected.max]);
    }
  });

  it('tracks the target utilisation on every scaled dimension', () => {
    const policies = Object.values(
      synth.template.findResources('AWS::ApplicationAutoScaling::ScalingPolicy'),
    );

    expect(policies).toHaveLength(2 * (INDEX_COUNT + 1));
    for (const policy of policies) {
      const config = (
        policy.Properties as {
          TargetTrackingScalingPolicyConfiguration: { TargetValue: number };
        }
      ).TargetTrackingScalingPolicyConfiguration;
      expect(config.TargetValue).toBe(AUTO_SCALING_TARGET_PERCENT);
    }
  });
});

describe('tableCapacity context', () => {
  it('stays on-demand, with nothing to scale, when unset', () => {
    const synth = synthIngestStack();
    try {
      expect(propertiesOf(synth.template, 'ArticlesTable').BillingMode).toBe('PAY_PER_REQUEST');
      synth.template.resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', 0);
    } finally {
      synth.dispose();
    }
  });

  it('refuses an unknown mode, bounds out of order, and bounds without provisioned', () => {
    expect(synthError({ tableCapacity: 'reserved' })).toMatch(
      /tableCapacity must be one of on-demand, provisioned, not 'reserved'/,
    );
    expect(
      synthError({
        tableCapacity: 'provisioned',
        tableMinReadCapacity: 50,
        tableMaxReadCapacity: 10,
      }),
    ).toMatch(/tableMinReadCapacity \(50\) must not exceed tableMaxReadCapacity \(10\)/);
    expect(synthError({ tableCapacity: 'provisioned', tableMaxWriteCapacity: 0 })).toMatch(
      /tableMaxWriteCapacity must be a whole number from 1/,
    );
    expect(synthError({ tableMaxWriteCapacity: 100 })).toMatch(
      /tableMaxWriteCapacity apply only with -c tableCapacity=provisioned/,
    );
  });
});
