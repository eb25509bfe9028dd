import type { S3Client } from '@aws-sdk/client-s3';
import { mapLimited } from '#shared/pipeline/map-limited.ts';
import { uploadFile } from '../uploads/upload-file.ts';
import { isConnectionRefused } from './cli-error.ts';
import { errnoSentence, isPathError } from './errno-sentence.ts';
import type { Upload } from './upload-plan.ts';

export interface UploadReport {
  /** The uploads that reached the bucket, in the order they finished. */
  uploaded: (Upload & { bytes: number })[];
  failed: (Upload & { error: string })[];
  bytes: number;
}

export interface UploadEvents {
  onUploaded: (upload: Upload, bytes: number) => void;
  onFailed: (upload: Upload, error: string) => void;
}

/** One sentence for a failed upload: the file's own errno, or the service's message. */
const whyFailed = (error: unknown): string => {
  if (isPathError(error)) return errnoSentence(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
};

/**
 * Uploads every planned file, `concurrency` at a time; a file that fails is reported and
 * counted, and the rest go on (one unreadable file must not stop a folder of 10,000).
 */
export const uploadBatch = async (
  s3: S3Client,
  bucket: string,
  uploads: readonly Upload[],
  concurrency: number,
  events: UploadEvents,
): Promise<UploadReport> => {
  const report: UploadReport = { uploaded: [], failed: [], bytes: 0 };
  await mapLimited(uploads, concurrency, async (upload) => {
    try {
      const bytes = await uploadFile(s3, { bucket, key: upload.key }, upload.file);
      report.uploaded.push({ ...upload, bytes });
      report.bytes += bytes;
      events.onUploaded(upload, bytes);
    } catch (error) {
      // A stack that stopped answering fails every file alike: one error, not thousands.
      if (isConnectionRefused(error)) throw error;
      const why = whyFailed(error);
      report.failed.push({ ...upload, error: why });
      events.onFailed(upload, why);
    }
  });
  return report;
};
