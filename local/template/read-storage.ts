import {
  asArray,
  asRecord,
  type CfnTemplate,
  propertiesOf,
  referencedId,
  resourcesOfType,
  TemplateError,
} from './cfn.ts';
import { physicalNameFor } from './local-name.ts';
import type { BucketWiring, KeyFilter, NotificationWiring, TableWiring } from './wiring.ts';

export const readBuckets = (template: CfnTemplate): BucketWiring[] =>
  resourcesOfType(template, 'AWS::S3::Bucket').map(([logicalId, resource]) => {
    const props = propertiesOf(resource);
    return {
      logicalId,
      name: physicalNameFor(logicalId, props.BucketName),
      versioned: asRecord(props.VersioningConfiguration).Status === 'Enabled',
    };
  });

const readFilter = (filter: unknown): KeyFilter => {
  const rules = asArray(asRecord(asRecord(filter).Key).FilterRules).map(asRecord);
  const ruleValue = (name: string) => {
    const rule = rules.find((r) => String(r.Name).toLowerCase() === name);
    return typeof rule?.Value === 'string' ? rule.Value : undefined;
  };
  const prefix = ruleValue('prefix');
  const suffix = ruleValue('suffix');
  return { ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
};

/** The queue notifications of every bucket, from CDK's Custom::S3BucketNotifications. */
export const readNotifications = (
  template: CfnTemplate,
  buckets: BucketWiring[],
): NotificationWiring[] =>
  resourcesOfType(template, 'Custom::S3BucketNotifications').flatMap(([logicalId, resource]) => {
    const props = propertiesOf(resource);
    const bucketId = referencedId(props.BucketName);
    const bucket = buckets.find((b) => b.logicalId === bucketId);
    if (!bucket)
      throw new TemplateError(`Notifications ${logicalId} do not name a bucket of the template.`);
    const configs = asArray(asRecord(props.NotificationConfiguration).QueueConfigurations);
    return configs.map(asRecord).map((config, index) => {
      const queueLogicalId = referencedId(config.QueueArn);
      if (!queueLogicalId)
        throw new TemplateError(`Notifications ${logicalId} send to a queue outside the template.`);
      return {
        id: typeof config.Id === 'string' ? config.Id : `${logicalId}-${index}`,
        bucket: bucket.name,
        queueLogicalId,
        events: asArray(config.Events).map(String),
        filter: readFilter(config.Filter),
      };
    });
  });

type KeySchema = TableWiring['keySchema'];

/** The one article table (AWS::DynamoDB::Table, or GlobalTable from TableV2). */
export const readTable = (template: CfnTemplate): TableWiring => {
  const tables = resourcesOfType(template, 'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable');
  const [first, ...rest] = tables;
  if (!first) throw new TemplateError('The template has no DynamoDB table.');
  if (rest.length > 0)
    throw new TemplateError('The template has more than one DynamoDB table; expected one.');
  const [logicalId, resource] = first;
  const props = propertiesOf(resource);
  const keySchema = asArray(props.KeySchema) as KeySchema;
  if (keySchema.length === 0)
    throw new TemplateError(`Table ${logicalId} has no KeySchema in the template.`);
  const viewType = asRecord(props.StreamSpecification).StreamViewType;
  return {
    logicalId,
    name: physicalNameFor(logicalId, props.TableName),
    keySchema,
    attributeDefinitions: asArray(
      props.AttributeDefinitions,
    ) as TableWiring['attributeDefinitions'],
    globalSecondaryIndexes: asArray(props.GlobalSecondaryIndexes)
      .map(asRecord)
      .map((index) => ({
        IndexName: String(index.IndexName),
        KeySchema: asArray(index.KeySchema) as KeySchema,
        Projection: asRecord(
          index.Projection,
        ) as TableWiring['globalSecondaryIndexes'][0]['Projection'],
      })),
    ...(typeof viewType === 'string'
      ? { streamViewType: viewType as TableWiring['streamViewType'] }
      : {}),
  };
};
