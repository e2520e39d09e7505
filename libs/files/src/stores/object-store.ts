import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { guarded } from './checksum-guard';
import { assertKey, FileMissing, FileStore, FileToKeep } from './file-store';

export interface ObjectStoreSettings {
  /** The S3 API's address; unset for AWS itself (the region decides). */
  url?: string;
  region: string;
  bucket: string;
  /** Keys of the store's identity; unset, the SDK's own chain (environment, instance role) decides. */
  accessKey?: string;
  secretKey?: string;
  /** Create the bucket at start when it is missing (the local stack); production's bucket is made by its operators. */
  createBucket: boolean;
}

/** Objects are kept under `sha256/<digest>`, so the bucket may hold other things beside them. */
const objectKey = (key: string) => `sha256/${assertKey(key)}`;

/**
 * Files in an S3 bucket through the AWS SDK, so any S3 API will do: the local stack's SeaweedFS,
 * AWS, or another S3-compatible store. An upload streams from the local disk in parts
 * (`@aws-sdk/lib-storage`, one request for a file under one part); an object appears only when
 * its upload completes, and a failed multipart upload is aborted, so a reader never meets half a file.
 */
export class ObjectStore extends FileStore {
  readonly client: S3Client;

  constructor(private readonly settings: ObjectStoreSettings) {
    super();
    this.client = new S3Client({
      region: settings.region,
      ...(settings.url ? { endpoint: settings.url, forcePathStyle: true } : {}),
      ...(settings.accessKey && settings.secretKey ? { credentials: { accessKeyId: settings.accessKey, secretAccessKey: settings.secretKey } } : {}),
    });
  }

  async keep(file: FileToKeep): Promise<string> {
    if (await this.has(file.sha256)) return file.sha256;
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.settings.bucket,
        Key: objectKey(file.sha256),
        Body: guarded(createReadStream(file.path), file.sha256),
        ContentType: file.contentType,
        ContentLength: file.sizeBytes,
        Metadata: { sha256: file.sha256 },
      },
      queueSize: 2,
    });
    await upload.done();
    return file.sha256;
  }

  async open(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: objectKey(key) }));
      return guarded(object.Body as Readable, key);
    } catch (e) {
      if (e instanceof NoSuchKey || isNotFound(e)) throw new FileMissing(key);
      throw e;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: objectKey(key) }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }

  async prepare(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (e) {
      if (!isNotFound(e) || !this.settings.createBucket) throw e;
      await this.client.send(new CreateBucketCommand({ Bucket: this.settings.bucket })).catch((error: unknown) => {
        // Two processes starting at once both find the bucket missing; the second one's creation is refused.
        if (!(error instanceof S3ServiceException && ['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes(error.name))) throw error;
      });
    }
  }
}

function isNotFound(e: unknown): boolean {
  return e instanceof NotFound || (e instanceof S3ServiceException && (e.$metadata.httpStatusCode === 404 || e.name === 'NoSuchKey' || e.name === 'NotFound'));
}
