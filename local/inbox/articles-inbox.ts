import { printable } from '../command-line/printable.ts';
import { s3rverClient } from '../emulators/s3rver-client.ts';
import { uploadFile } from '../uploads/upload-file.ts';
import { type Inbox, startInbox } from './inbox-watcher.ts';

export interface ArticlesInboxOptions {
  dir: string;
  s3Endpoint: string;
  region: string;
  bucket: string;
  log: (line: string) => void;
}

/** The inbox folder, uploading each dropped file to the articles bucket through the S3 API. */
export const startArticlesInbox = (options: ArticlesInboxOptions): Inbox => {
  const client = s3rverClient(options.s3Endpoint, options.region);
  const inbox = startInbox({
    dir: options.dir,
    upload: async (key, file) => {
      await uploadFile(client, { bucket: options.bucket, key }, file);
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
