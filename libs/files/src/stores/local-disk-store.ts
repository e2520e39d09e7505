import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checksumGuard, guarded } from './checksum-guard';
import { assertKey, FileMissing, FileStore, FileToKeep } from './file-store';

/**
 * Files on the local disk, under `<dir>/<first two hex digits>/<sha256>` (FILE_STORE=local-disk).
 * A file is copied to `<dir>/tmp`, flushed, then renamed into place, so a reader never sees half a
 * file and a crash leaves at most a stray temporary file.
 */
export class LocalDiskStore extends FileStore {
  constructor(private readonly dir: string) {
    super();
  }

  async keep(file: FileToKeep): Promise<string> {
    const target = this.pathOf(file.sha256);
    if (await exists(target)) return file.sha256;
    const tmpDir = path.join(this.dir, 'tmp');
    await fs.mkdir(tmpDir, { recursive: true });
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    try {
      await pipeline(createReadStream(file.path), checksumGuard(file.sha256), createWriteStream(tmp, { flags: 'wx' }));
      const written = await fs.open(tmp, 'r+');
      try {
        await written.sync();
      } finally {
        await written.close();
      }
      await fs.rename(tmp, target);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    return file.sha256;
  }

  async open(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    if (!(await exists(file))) throw new FileMissing(key);
    return guarded(createReadStream(file), key);
  }

  has(key: string): Promise<boolean> {
    return exists(this.pathOf(key));
  }

  async prepare(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
  }

  private pathOf(key: string): string {
    return path.join(this.dir, assertKey(key).slice(0, 2), key);
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
