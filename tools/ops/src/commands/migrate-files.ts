import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openFileStore } from '@makerspace/files';
import { UsageError, textOption } from '../args';
import type { Command } from '../command';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Moves files kept on a local disk (`<dir>/<first two hex digits>/<sha256>`, the layout of the
 * local-disk store and of the evidence folder before the object store) into the store this
 * process's settings name (FILE_STORE, OBJECT_STORE_*). Records need no change: they name their
 * bytes by sha256 in either store. Each file is hashed first; one that no longer matches its name
 * is reported and not copied. Run again, it copies only what is missing.
 */
export const migrateFiles: Command = {
  name: 'migrate-files',
  usage: 'migrate-files --from <dir>',
  summary: 'copy the files of a local-disk store (e.g. the old evidence folder) into the configured store, checked by checksum; exit 1 when one is damaged',
  async run(args, io) {
    const from = textOption(args, 'from');
    if (!from) throw new UsageError('--from names the folder the files are in');
    const store = openFileStore(io.env);
    await store.prepare();
    let copied = 0;
    let present = 0;
    const damaged: string[] = [];
    for (const file of await keptFiles(path.resolve(from))) {
      const sha256 = path.basename(file);
      if (await store.has(sha256)) {
        present += 1;
        continue;
      }
      const found = await hashOf(file);
      if (found !== sha256) {
        damaged.push(sha256);
        io.out(`${sha256}: damaged (its bytes hash to ${found}); not copied`);
        continue;
      }
      const { size } = await fs.stat(file);
      await store.keep({ path: file, sha256, sizeBytes: size, contentType: 'application/octet-stream' });
      copied += 1;
    }
    io.out(`migrate-files: ${copied} copied, ${present} already in the store, ${damaged.length} damaged`);
    return damaged.length > 0 ? 1 : 0;
  },
};

async function keptFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const prefix of await fs.readdir(dir)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of await fs.readdir(path.join(dir, prefix))) {
      if (SHA256_HEX.test(name) && name.startsWith(prefix)) files.push(path.join(dir, prefix, name));
    }
  }
  return files.sort();
}

async function hashOf(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}
