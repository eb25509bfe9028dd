import { describe, expect, it } from 'vitest';
import { endpointFor } from '#shared/adapters/aws-http/endpoints.ts';
import { encodeS3Key, objectTarget } from '#shared/adapters/aws-http/s3-urls.ts';

describe('endpointFor', () => {
  it('uses the regional AWS endpoint when no endpoint variable is set', () => {
    expect(endpointFor('dynamodb', 'eu-west-1', {})).toEqual({
      url: 'https://dynamodb.eu-west-1.amazonaws.com',
      custom: false,
    });
    expect(endpointFor('events', 'us-east-1', {}).url).toBe(
      'https://events.us-east-1.amazonaws.com',
    );
  });

  it("uses China's domain in a China region", () => {
    expect(endpointFor('s3', 'cn-north-1', {}).url).toBe('https://s3.cn-north-1.amazonaws.com.cn');
  });

  it("prefers the service's own variable to the global one, as the SDKs do", () => {
    const env = {
      AWS_ENDPOINT_URL: 'http://global:1',
      AWS_ENDPOINT_URL_S3: 'http://s3-only:2/',
    };

    expect(endpointFor('s3', 'eu-west-1', env)).toEqual({ url: 'http://s3-only:2', custom: true });
    expect(endpointFor('dynamodb', 'eu-west-1', env)).toEqual({
      url: 'http://global:1',
      custom: true,
    });
  });

  it('reads the EventBridge endpoint from AWS_ENDPOINT_URL_EVENTBRIDGE', () => {
    const env = { AWS_ENDPOINT_URL_EVENTBRIDGE: 'http://127.0.0.1:4010' };

    expect(endpointFor('events', 'eu-west-1', env).url).toBe('http://127.0.0.1:4010');
  });
});

describe('encodeS3Key', () => {
  it.each([
    ['a/b c.txt', 'a/b%20c.txt'],
    ['Über/Café.txt', '%C3%9Cber/Caf%C3%A9.txt'],
    ['a+b.txt', 'a%2Bb.txt'],
    ['100%.txt', '100%25.txt'],
    ['a#b?c.txt', 'a%23b%3Fc.txt'],
    ["it's (1)*!.txt", 'it%27s%20%281%29%2A%21.txt'],
    ['a//b', 'a//b'],
    ['safe-_.~name', 'safe-_.~name'],
  ])('encodes %s as %s', (key, path) => {
    expect(encodeS3Key(key)).toBe(path);
  });
});

/** The URL part of a target. */
const objectUrl = (...args: Parameters<typeof objectTarget>): string => objectTarget(...args).url;

describe('objectTarget', () => {
  const aws = endpointFor('s3', 'eu-west-1', {});
  const local = endpointFor('s3', 'eu-west-1', { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4569' });

  it('addresses a bucket virtual-hosted on AWS', () => {
    expect(objectUrl(aws, 'eu-west-1', { Bucket: 'articles', Key: 'in/a b.txt' })).toBe(
      'https://articles.s3.eu-west-1.amazonaws.com/in/a%20b.txt',
    );
  });

  it('addresses a bucket whose name is no host label path-style', () => {
    expect(objectUrl(aws, 'eu-west-1', { Bucket: 'my.articles', Key: 'a.txt' })).toBe(
      'https://s3.eu-west-1.amazonaws.com/my.articles/a.txt',
    );
  });

  it('addresses every bucket path-style on a custom endpoint, as the local S3 server needs', () => {
    expect(objectUrl(local, 'eu-west-1', { Bucket: 'articles', Key: 'a+b.txt' })).toBe(
      'http://127.0.0.1:4569/articles/a%2Bb.txt',
    );
  });

  it('names the version in the query, encoded', () => {
    const url = objectUrl(local, 'eu-west-1', { Bucket: 'b', Key: 'k', VersionId: 'v+1/2=' });

    expect(url).toBe('http://127.0.0.1:4569/b/k?versionId=v%2B1%2F2%3D');
  });

  it("keeps a key's '.' and '..' segments in the path it sends and signs", () => {
    const target = objectTarget(local, 'eu-west-1', { Bucket: 'b', Key: 'a/../b/./c.txt' });

    expect(target.path).toBe('/b/a/../b/./c.txt');
    expect(objectTarget(aws, 'eu-west-1', { Bucket: 'articles', Key: '../x' }).path).toBe('/../x');
  });
});
