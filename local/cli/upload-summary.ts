import type { UploadReport } from './upload-batch.ts';

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;
const STEP = 1024;

/** `112 bytes`, `48.2 KB`, `1.3 GB`. */
export const formatBytes = (bytes: number): string => {
  let value = bytes;
  let unit = 0;
  while (value >= STEP && unit < UNITS.length - 1) {
    value /= STEP;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${UNITS[unit]}`;
};

/** `Uploaded 500 files (54.7 KB) in 3.2 s; 0 failed.` */
export const uploadSummary = (report: UploadReport, seconds: number): string => {
  const count = report.uploaded.length;
  const files = `${count} ${count === 1 ? 'file' : 'files'}`;
  return `Uploaded ${files} (${formatBytes(report.bytes)}) in ${seconds.toFixed(1)} s; ${report.failed.length} failed.`;
};
