import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isValidBucketName, objectFileName } from './s3-key-rules.ts';

const require = createRequire(import.meta.url);
/** s3rver's own store; we keep its metadata and upload logic, not its key-to-path mapping. */
const FilesystemStore = require('s3rver/lib/stores/filesystem.js') as new (
  root: string,
) => BaseStore;
const S3Object = require('s3rver/lib/models/object.js') as new (
  bucket: string,
  key: string,
  content: unknown,
  metadata: Record<string, unknown>,
) => unknown;

interface BaseStore {
  rootDirectory: string;
  getSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
  putSubresource(
    bucket: string,
    key: string | undefined,
    resource: { type: string },
  ): Promise<void>;
  deleteSubresource(bucket: string, key: string | undefined, type: string): Promise<void>;
  deleteBucket(bucket: string): Promise<void>;
  getBucketPath(bucket: string): string;
  getBucket(bucket: string): Promise<unknown>;
  getMetadata(bucket: string, key: string): Promise<Record<string, unknown>>;
  putMetadata(bucket: string, key: string, metadata: unknown, md5?: string): Promise<void>;
  copyObject(...args: unknown[]): Promise<unknown>;
}

interface StoredObject {
  bucket: string;
  key: string;
  content: Buffer | Readable;
  metadata: unknown;
}

interface ListOptions {
  delimiter?: string;
  startAfter?: string;
  prefix?: string;
  maxKeys?: number;
}

/** s3rver's file naming: `<name>._S3rver_<resource>`. */
const resourceName = (name: string, resource: string) => `${name}._S3rver_${resource}`;
const KEY_SUFFIX = resourceName('', 'key');
const OBJECT_FILES = ['object', 'object.md5', 'metadata.json', 'key'];

/**
 * s3rver's filesystem store with every object kept under a fixed-length safe name (the
 * SHA-256 of its key) directly in its bucket's folder, and the original key in a
 * `._S3rver_key` file beside it. s3rver's own mapping joins the key into the path, so
 * `../../x` escapes the data dir and a segment over 255 bytes fails with ENAMETOOLONG
 * (an unhandled stream error that took the whole process down). Listing returns the
 * original keys, so clients and the event bridge see S3's keys unchanged.
 */
export class SafeKeyStore extends FilesystemStore {
  /**
   * A bucket's own configurations (CORS, website) as last read or written: s3rver reads
   * both files on every request, and this process is their only writer.
   */
  private readonly bucketConfigs = new Map<string, Promise<unknown>>();

  override getSubresource(bucket: string, key: string | undefined, type: string) {
    if (key) return super.getSubresource(bucket, key, type);
    const name = `${bucket}/${type}`;
    let config = this.bucketConfigs.get(name);
    if (!config) {
      config = super.getSubresource(bucket, key, type);
      // A failed read is not remembered: the next request reads the file again.
      config.catch(() => this.bucketConfigs.delete(name));
      this.bucketConfigs.set(name, config);
    }
    return config;
  }

  override async putSubresource(
    bucket: string,
    key: string | undefined,
    resource: { type: string },
  ) {
    this.forgetConfigs(bucket);
    await super.putSubresource(bucket, key, resource);
    this.forgetConfigs(bucket);
  }

  override async deleteSubresource(bucket: string, key: string | undefined, type: string) {
    this.forgetConfigs(bucket);
    await super.deleteSubresource(bucket, key, type);
    this.forgetConfigs(bucket);
  }

  override async deleteBucket(bucket: string) {
    this.forgetConfigs(bucket);
    await super.deleteBucket(bucket);
    this.forgetConfigs(bucket);
  }

  /** Drops what was remembered of a bucket's configurations (before and after a change). */
  private forgetConfigs(bucket: string): void {
    for (const name of this.bucketConfigs.keys()) {
      if (name.startsWith(`${bucket}/`)) this.bucketConfigs.delete(name);
    }
  }

  override getBucketPath(bucket: string): string {
    if (!isValidBucketName(bucket))
      throw new Error(`Invalid bucket name ${JSON.stringify(bucket)}`);
    return path.join(this.rootDirectory, bucket);
  }

  override async getBucket(bucket: string): Promise<unknown> {
    return isValidBucketName(bucket) ? super.getBucket(bucket) : null;
  }

  /** Bucket-level resources (no key) keep s3rver's names; an object's use its hash. */
  getResourcePath(bucket: string, key: string | undefined, resource: string): string {
    const name = key ? objectFileName(key) : '';
    return path.join(this.getBucketPath(bucket), resourceName(name, resource));
  }

  async putObject(object: StoredObject): Promise<{ size: number; md5: string }> {
    await mkdir(this.getBucketPath(object.bucket), { recursive: true });
    await writeFile(this.getResourcePath(object.bucket, object.key, 'key'), object.key);
    const { size, md5 } = await writeHashed(
      object.content,
      this.getResourcePath(object.bucket, object.key, 'object'),
    );
    await this.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size, md5 };
  }

  override async copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    replacementMetadata?: unknown,
  ): Promise<unknown> {
    await writeFile(this.getResourcePath(destBucket, destKey, 'key'), destKey);
    return super.copyObject(srcBucket, srcKey, destBucket, destKey, replacementMetadata);
  }

  async deleteObject(bucket: string, key: string): Promise<void> {
    await Promise.all(
      OBJECT_FILES.map((resource) =>
        rm(this.getResourcePath(bucket, key, resource), { force: true }),
      ),
    );
  }

  /** S3's listing over the original keys: sorted, after `startAfter`, by prefix, rolled up. */
  async listObjects(bucket: string, options: ListOptions) {
    const { delimiter = '', startAfter = '', prefix = '', maxKeys = Infinity } = options;
    const keys = (await this.storedKeys(bucket))
      .filter((key) => key > startAfter && key.startsWith(prefix))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const commonPrefixes = new Set<string>();
    const listed: string[] = [];
    let isTruncated = false;
    for (const key of keys) {
      const at = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      if (at !== -1) commonPrefixes.add(key.slice(0, at + delimiter.length));
      else if (listed.length < maxKeys) listed.push(key);
      else {
        isTruncated = true;
        break;
      }
    }
    const objects = await Promise.all(
      listed.map(async (key) => {
        const metadata = await this.getMetadata(bucket, key).catch(() => undefined);
        return metadata ? new S3Object(bucket, key, null, metadata) : undefined;
      }),
    );
    return {
      objects: objects.filter((object) => object !== undefined),
      commonPrefixes: [...commonPrefixes].sort(),
      isTruncated,
    };
  }

  /** The original keys of the bucket's objects, read from their `._S3rver_key` files. */
  private async storedKeys(bucket: string): Promise<string[]> {
    const dir = this.getBucketPath(bucket);
    const names = await readdir(dir).catch(() => [] as string[]);
    const keyFiles = names.filter((name) => name.endsWith(KEY_SUFFIX) && !name.startsWith('.'));
    const keys = await Promise.all(
      keyFiles.map((name) => readFile(path.join(dir, name), 'utf8').catch(() => undefined)),
    );
    return keys.filter((key): key is string => key !== undefined);
  }
}

/**
 * Writes the body to `file` and returns its size and MD5, with every stream error
 * caught: s3rver's own version leaves the file stream's errors unhandled.
 */
const writeHashed = async (
  content: Buffer | Readable,
  file: string,
): Promise<{ size: number; md5: string }> => {
  const md5 = createHash('md5');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      md5.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
  await pipeline(source, measure, createWriteStream(file));
  return { size, md5: md5.digest('hex') };
};
