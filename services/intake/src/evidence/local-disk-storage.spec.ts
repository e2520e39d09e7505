import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkSettings } from '@makerspace/config';
import { EvidenceSettings } from './evidence-settings';
import { LocalDiskEvidenceStorage } from './local-disk-storage';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('evidence bytes on the local disk', () => {
  let dir: string;
  let storage: LocalDiskEvidenceStorage;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evidence-'));
    storage = new LocalDiskEvidenceStorage(new EvidenceSettings(checkSettings('intake', { EVIDENCE_DIR: dir })));
  });

  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('keeps a file under its sha256 and gives the same bytes back', async () => {
    const bytes = Buffer.from('%PDF-1.4 lease');
    const key = await storage.put(bytes, sha256(bytes));
    expect(key).toBe(sha256(bytes));
    expect(await storage.get(key)).toEqual(bytes);
    expect(await fs.readdir(path.join(dir, key.slice(0, 2)))).toEqual([key]);
  });

  it('keeps the same bytes once however often they are put, leaving no temporary file', async () => {
    const bytes = Buffer.from('%PDF-1.4 floor plan');
    await storage.put(bytes, sha256(bytes));
    await storage.put(bytes, sha256(bytes));
    expect(await fs.readdir(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses bytes that no longer match their checksum', async () => {
    const bytes = Buffer.from('%PDF-1.4 original');
    const key = await storage.put(bytes, sha256(bytes));
    await fs.writeFile(path.join(dir, key.slice(0, 2), key), 'tampered');
    await expect(storage.get(key)).rejects.toThrow('no longer matches its checksum');
  });

  it('takes only sha256 keys, so a key cannot reach outside its folder', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toThrow('not a sha256 key');
  });
});
