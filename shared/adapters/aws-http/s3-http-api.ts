import { readAtMost } from '../bounded-read.ts';
import type { S3Api, S3ObjectInput } from '../s3-api.ts';
import type { AwsCall } from './aws-request.ts';
import type { AwsTarget } from './aws-target.ts';
import { objectTarget } from './s3-urls.ts';

/** S3's XML error body: `<Error><Code>NoSuchKey</Code><Message>...</Message>...`. */
const XML_CODE = /<Code>([^<]{1,128})<\/Code>/;
const XML_MESSAGE = /<Message>([^<]{0,1024})<\/Message>/;

export const parseXmlError = (body: string): { code: string; message?: string } | undefined => {
  const code = XML_CODE.exec(body)?.[1];
  if (!code) return undefined;
  const message = XML_MESSAGE.exec(body)?.[1];
  return { code, ...(message !== undefined && { message }) };
};

const numberHeader = (response: Response, name: string): number | undefined => {
  const text = response.headers.get(name);
  return text === null || !/^\d+$/.test(text) ? undefined : Number(text);
};

const header = (response: Response, name: string): string | undefined =>
  response.headers.get(name) ?? undefined;

/** Lets go of a body unread; not awaited, as a cancel may wait on every reader of it. */
const dropBody = (response: Response): void => {
  response.body?.cancel().catch(() => undefined);
};

/**
 * `S3Api` over S3's REST protocol: addressed by `objectTarget`, signed and retried by
 * `send`. A missing key answers `NoSuchKey` (GET) or `NotFound` (HEAD: no body, 404).
 */
export const httpS3Api = (target: () => AwsTarget): S3Api => {
  const send = (call: AwsCall) => target().send(call);
  const call = (operation: string, method: AwsCall['method'], input: S3ObjectInput): AwsCall => {
    const { endpoint, region } = target();
    return {
      service: 'S3',
      operation,
      method,
      ...objectTarget(endpoint, region, input),
      parseError: parseXmlError,
    };
  };
  return {
    async getObject(input) {
      const response = await send(call('GetObject', 'GET', input));
      return {
        ContentLength: numberHeader(response, 'content-length'),
        ContentType: header(response, 'content-type'),
        VersionId: header(response, 'x-amz-version-id'),
        ETag: header(response, 'etag'),
        readBody: (limit) => readAtMost(response.body, limit),
        discardBody: async () => dropBody(response),
      };
    },
    async headObject(input) {
      await send(call('HeadObject', 'HEAD', input));
    },
    async putObject({ Body, ContentType, ...address }) {
      const response = await send({
        ...call('PutObject', 'PUT', address),
        body: Body,
        ...(ContentType !== undefined && { headers: { 'content-type': ContentType } }),
      });
      dropBody(response);
    },
  };
};
