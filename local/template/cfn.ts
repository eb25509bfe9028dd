/** The small part of a CloudFormation template the local stack reads, and its intrinsics. */

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
}

export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
}

/** The template lacks something the local stack needs; the message is one sentence. */
export class TemplateError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TemplateError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `{ Ref: X }` -> X. */
export const refTarget = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.Ref === 'string' ? value.Ref : undefined;

/** `{ 'Fn::GetAtt': [X, Attr] }` (or `'X.Attr'`) -> { logicalId: X, attribute: Attr }. */
export const getAttTarget = (
  value: unknown,
): { logicalId: string; attribute: string } | undefined => {
  if (!isRecord(value)) return undefined;
  const args = value['Fn::GetAtt'];
  const parts = typeof args === 'string' ? args.split('.') : args;
  if (!Array.isArray(parts) || typeof parts[0] !== 'string' || typeof parts[1] !== 'string')
    return undefined;
  return { logicalId: parts[0], attribute: parts[1] };
};

/** The logical id a Ref or GetAtt points at. */
export const referencedId = (value: unknown): string | undefined =>
  refTarget(value) ?? getAttTarget(value)?.logicalId;

export const resourcesOfType = (
  template: CfnTemplate,
  ...types: string[]
): [string, CfnResource][] =>
  Object.entries(template.Resources).filter(([, resource]) => types.includes(resource.Type));

export const propertiesOf = (resource: CfnResource): Record<string, unknown> =>
  asRecord(resource.Properties);

export const parseTemplate = (json: unknown, source: string): CfnTemplate => {
  if (!isRecord(json) || !isRecord(json.Resources))
    throw new TemplateError(`${source} is not a CloudFormation template (no Resources).`);
  return json as unknown as CfnTemplate;
};

export const optionalNumber = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : undefined;
