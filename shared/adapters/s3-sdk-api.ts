import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { readAtMost } from './bounded-read.ts';
import type { S3Api, S3ObjectInput } from './s3-api.ts';

/** `S3Api` over the SDK's client, for the CLI, the local stack and tests. */
export const sdkS3Api = (client: S3Client): S3Api => ({
  async getObject(input) {
    const response = await client.send(new GetObjectCommand(withVersion(input)));
    const body = response.Body;
    return {
      ContentLength: response.ContentLength,
      ContentType: response.ContentType,
      VersionId: response.VersionId,
      ETag: response.ETag,
      readBody: (limit) => readAtMost(body?.transformToWebStream(), limit),
      async discardBody() {
        // The Node body is a socket stream: destroying it closes the connection unread.
        (body as { destroy?: () => void } | undefined)?.destroy?.();
      },
    };
  },
  async headObject(input) {
    await client.send(new HeadObjectCommand(withVersion(input)));
  },
  async putObject(input) {
    await client.send(new PutObjectCommand(input));
  },
});

const withVersion = ({ Bucket, Key, VersionId }: S3ObjectInput) => ({
  Bucket,
  Key,
  ...(VersionId !== undefined && { VersionId }),
});
