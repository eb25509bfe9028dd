import { readFile } from 'node:fs/promises';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3RVER_CREDENTIALS } from '../emulators/s3-server.ts';
import { contentTypeFor } from '../inbox-watch/content-type.ts';
import { type Inbox, startInbox } from '../inbox-watch/inbox-watcher.ts';
import { printable } from './printable.ts';

export interface ArticlesInboxOptions {
  dir: string;
  s3Endpoint: string;
  region: string;
  bucket: string;
  log: (line: string) => void;
}

/** The inbox folder, uploading each dropped file to the articles bucket through the S3 API. */
export const startArticlesInbox = (options: ArticlesInboxOptions): Inbox => {
  const client = new S3Client({
    endpoint: options.s3Endpoint,
    region: options.region,
    credentials: S3RVER_CREDENTIALS,
    forcePathStyle: true,
  });
  const inbox = startInbox({
    dir: options.dir,
    upload: async (key, file) => {
      const body = await readFile(file);
      const type = contentTypeFor(key);
      await client.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: body, ContentType: type }),
      );
    },
    onUploaded: (key) => options.log(`inbox: uploaded ${printable(key)}`),
    onError: (key, error) =>
      options.log(`inbox: could not upload ${printable(key)}: ${printable(error)}`),
  });
  return {
    async stop() {
      await inbox.stop();
      client.destroy();
    },
  };
};
