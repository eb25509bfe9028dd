import type { S3Api, S3ObjectInput } from '../s3-api.ts';
import type { AwsCall } from './aws-request.ts';
import type { AwsTarget } from './aws-target.ts';
import type { WireResponse } from './node-transport.ts';
import { headerOf, readBodyAtMost } from './read-body.ts';
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

const numberHeader = (response: WireResponse, name: string): number | undefined => {
  const text = headerOf(response, name);
  return text === undefined || !/^\d+$/.test(text) ? undefined : Number(text);
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
        ContentType: headerOf(response, 'content-type'),
        VersionId: headerOf(response, 'x-amz-version-id'),
        ETag: headerOf(response, 'etag'),
        readBody: (limit) => readBodyAtMost(response.body, limit),
        // Closes the connection: an unread object may be large, not worth draining.
        discardBody: async () => void response.body.destroy(),
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
      // Drained, not closed: the answer is empty and the connection is kept for the next call.
      response.body.resume();
    },
  };
};
