import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EvidenceSettings } from './evidence-settings';
import { EvidenceStorage } from './evidence-storage';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Evidence bytes on the local disk, under `<dir>/<first two hex digits>/<sha256>`. A file is
 * written to `<dir>/tmp`, flushed, then renamed into place, so a reader never sees half a file
 * and a crash leaves at most a stray temporary file.
 */
export class LocalDiskEvidenceStorage extends EvidenceStorage {
  private readonly dir: string;

  constructor(settings: EvidenceSettings) {
    super();
    this.dir = settings.dir;
  }

  async put(bytes: Buffer, sha256: string): Promise<string> {
    const target = this.pathOf(sha256);
    if (await exists(target)) return sha256;
    const tmpDir = path.join(this.dir, 'tmp');
    await fs.mkdir(tmpDir, { recursive: true });
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    try {
      const file = await fs.open(tmp, 'wx');
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await fs.rename(tmp, target);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    return sha256;
  }

  async get(key: string): Promise<Buffer> {
    const bytes = await fs.readFile(this.pathOf(key));
    if (createHash('sha256').update(bytes).digest('hex') !== key) throw new Error(`evidence file ${key} no longer matches its checksum`);
    return bytes;
  }

  private pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha256 key: ${sha256}`);
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
