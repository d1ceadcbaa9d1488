import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStore, PresignedUpload, VersionTags } from './file-store.ts';

export interface S3Place {
  bucket: string;
  region: string;
  /** The twin's local S3 only. */
  endpoint?: string | undefined;
  /**
   * Whether the bucket keeps versions (it does on AWS): erasure then removes every version and
   * delete marker. The twin's local S3 has no versioning.
   */
  versioned: boolean;
}

/** The local S3's one account (s3rver's fixed key and secret); AWS uses the function's role. */
const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** An S3 client for the place: path-style and its fixed account for the local S3. */
export const makeS3Client = (place: Pick<S3Place, 'region' | 'endpoint'>) =>
  new S3Client({
    region: place.region,
    ...(place.endpoint
      ? { endpoint: place.endpoint, forcePathStyle: true, credentials: LOCAL_S3_CREDENTIALS }
      : {}),
  });

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/** A file name safe to put in Content-Disposition: letters, digits, dot and dash only. */
const safeName = (name: string) => name.replace(/[^A-Za-z0-9.-]/g, '-');

/** The evidence bucket through the S3 API (the adapter for FileStore). */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly place: S3Place;

  constructor(client: S3Client, place: S3Place) {
    this.client = client;
    this.place = place;
  }

  private get bucket() {
    return this.place.bucket;
  }

  async presignUpload(
    key: string,
    maxBytes: number,
    expiresSeconds: number,
    redirect?: string,
  ): Promise<PresignedUpload> {
    return createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: key,
      // A field given here is also a condition of the signed policy, so it cannot be changed.
      ...(redirect ? { Fields: { success_action_redirect: redirect } } : {}),
      // Exactly this key (no starts-with), one byte at least, the largest kind's limit at most.
      Conditions: [['content-length-range', 1, maxBytes]],
      Expires: expiresSeconds,
    });
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async readStart(key: string, bytes: number): Promise<Buffer> {
    try {
      const got = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
      );
      return Buffer.from((await got.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if (isMissing(error) || (error instanceof S3ServiceException && error.name === 'InvalidRange'))
        return Buffer.alloc(0);
      throw error;
    }
  }

  async read(key: string, versionId?: string): Promise<Buffer | undefined> {
    try {
      const got = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId }),
      );
      return Buffer.from((await got.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async tags(key: string, versionId?: string): Promise<VersionTags | undefined> {
    try {
      const got = await this.client.send(
        new GetObjectTaggingCommand({ Bucket: this.bucket, Key: key, VersionId: versionId }),
      );
      const tags = Object.fromEntries((got.TagSet ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
      return { tags, ...(got.VersionId ? { versionId: got.VersionId } : {}) };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  async copy(from: string, to: string, versionId?: string): Promise<void> {
    const source = `${this.bucket}/${from}`;
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: to,
        CopySource: versionId ? `${source}?versionId=${encodeURIComponent(versionId)}` : source,
      }),
    );
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async removeAll(prefix: string): Promise<number> {
    const targets = this.place.versioned
      ? await this.versionsUnder(prefix)
      : (await this.list(prefix)).map((Key) => ({ Key }));
    for (let i = 0; i < targets.length; i += 1000) {
      await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: targets.slice(i, i + 1000), Quiet: true },
        }),
      );
    }
    return targets.length;
  }

  /** Every version and delete marker under a prefix: what erasure must take on a versioned bucket. */
  private async versionsUnder(prefix: string) {
    const found: { Key: string; VersionId?: string }[] = [];
    let keyMarker: string | undefined;
    let versionMarker: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectVersionsCommand({
          Bucket: this.bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          VersionIdMarker: versionMarker,
        }),
      );
      for (const v of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])])
        if (v.Key) found.push({ Key: v.Key, ...(v.VersionId ? { VersionId: v.VersionId } : {}) });
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
    } while (keyMarker);
    return found;
  }

  presignDownload(key: string, expiresSeconds: number, fileName: string): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: `attachment; filename="${safeName(fileName)}"`,
      }),
      { expiresIn: expiresSeconds },
    );
  }
}
