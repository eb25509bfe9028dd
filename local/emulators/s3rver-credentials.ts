/** s3rver accepts only these credentials (a module of its own so clients need not load s3rver). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
