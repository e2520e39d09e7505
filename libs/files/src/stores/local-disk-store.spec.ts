import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalDiskStore } from './local-disk-store';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('files on the local disk (FILE_STORE=local-disk)', () => {
  let dir: string;
  let store: LocalDiskStore;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'files-'));
    store = new LocalDiskStore(path.join(dir, 'store'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  async function aFile(bytes: Buffer) {
    const file = path.join(dir, 'upload');
    await fs.writeFile(file, bytes);
    return { path: file, sha256: sha256(bytes), sizeBytes: bytes.length, contentType: 'application/pdf' };
  }

  it('keeps a file under its sha256 and gives the same bytes back', async () => {
    const bytes = Buffer.from('%PDF-1.4 lease');
    const key = await store.keep(await aFile(bytes));
    expect(key).toBe(sha256(bytes));
    expect(await text(await store.open(key))).toBe('%PDF-1.4 lease');
    expect(await fs.readdir(path.join(dir, 'store', key.slice(0, 2)))).toEqual([key]);
  });

  it('keeps the same bytes once however often they are kept, leaving no temporary file', async () => {
    const file = await aFile(Buffer.from('%PDF-1.4 floor plan'));
    await store.keep(file);
    await store.keep(file);
    expect(await fs.readdir(path.join(dir, 'store', 'tmp'))).toEqual([]);
  });

  it('fails the stream of bytes that no longer match their checksum', async () => {
    const bytes = Buffer.from('%PDF-1.4 original');
    const key = await store.keep(await aFile(bytes));
    await fs.writeFile(path.join(dir, 'store', key.slice(0, 2), key), 'tampered');
    await expect(text(await store.open(key))).rejects.toThrow('no longer matches its checksum');
  });

  it('takes only sha256 keys, so a key cannot reach outside its folder', async () => {
    await expect(store.open('../../etc/passwd')).rejects.toThrow('not a sha256 key');
  });
});
