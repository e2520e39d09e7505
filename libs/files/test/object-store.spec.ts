import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { FileMissing, ObjectStore, openFileStore } from '../src';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The local stack's object store (SeaweedFS through its S3 API), in the tests' bucket. */
describe('files in the object store', () => {
  const store = openFileStore() as ObjectStore;
  let dir: string;

  beforeAll(async () => {
    await store.prepare();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'object-store-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  async function aFile(bytes: Buffer) {
    const file = path.join(dir, sha256(bytes));
    await fs.writeFile(file, bytes);
    return { path: file, sha256: sha256(bytes), sizeBytes: bytes.length, contentType: 'application/pdf' };
  }

  it('keeps a file under its sha256 and streams the same bytes back', async () => {
    const bytes = Buffer.from(`%PDF-1.4 lease ${randomBytes(8).toString('hex')}`);
    const key = await store.keep(await aFile(bytes));
    expect(key).toBe(sha256(bytes));
    expect(await store.has(key)).toBe(true);
    expect(await text(await store.open(key))).toBe(bytes.toString());
  });

  it('keeps a file larger than one part (a multipart upload) whole', async () => {
    const bytes = randomBytes(12 * 1024 * 1024 + 17);
    const key = await store.keep(await aFile(bytes));
    const back: Buffer[] = [];
    for await (const chunk of await store.open(key)) back.push(chunk as Buffer);
    expect(sha256(Buffer.concat(back))).toBe(key);
  });

  it('keeps the same bytes once, however often they arrive at the same time', async () => {
    const bytes = Buffer.from(`%PDF-1.4 twice ${randomBytes(8).toString('hex')}`);
    const file = await aFile(bytes);
    expect(await Promise.all([store.keep(file), store.keep(file)])).toEqual([sha256(bytes), sha256(bytes)]);
  });

  it('refuses to keep a file that is not what its checksum says (changed on the disk since it was hashed)', async () => {
    const bytes = Buffer.from(`%PDF-1.4 claimed ${randomBytes(8).toString('hex')}`);
    const file = await aFile(bytes);
    await fs.writeFile(file.path, 'something else entirely');
    await expect(store.keep(file)).rejects.toThrow('no longer matches its checksum');
    expect(await store.has(file.sha256)).toBe(false);
  });

  it('fails the stream of a file changed in the store behind its back', async () => {
    const bytes = Buffer.from(`%PDF-1.4 original ${randomBytes(8).toString('hex')}`);
    const key = await store.keep(await aFile(bytes));
    await store.client.send(new PutObjectCommand({ Bucket: process.env.OBJECT_STORE_BUCKET, Key: `sha256/${key}`, Body: 'tampered' }));
    await expect(text(await store.open(key))).rejects.toThrow('no longer matches its checksum');
  });

  it('says which file is missing, and takes only sha256 keys', async () => {
    const missing = sha256(randomBytes(16));
    await expect(store.open(missing)).rejects.toBeInstanceOf(FileMissing);
    expect(await store.has(missing)).toBe(false);
    await expect(store.open('../../etc/passwd')).rejects.toThrow('not a sha256 key');
  });
});
