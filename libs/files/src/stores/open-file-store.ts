import path from 'node:path';
import { z } from 'zod';
import { fileStoreSettings, readSettings } from '@makerspace/config';
import type { FileStore } from './file-store';
import { LocalDiskStore } from './local-disk-store';
import { ObjectStore } from './object-store';

const FILE_STORE_SETTINGS = z.object(fileStoreSettings);
export type FileStoreSettings = z.output<typeof FILE_STORE_SETTINGS>;

/** The file settings of this process (checked: a wrong value names its variable). */
export function fileStoreSettingsOf(env: NodeJS.ProcessEnv = process.env): FileStoreSettings {
  return readSettings('files', FILE_STORE_SETTINGS, env);
}

/** The store FILE_STORE names: the object store (the default) or the local disk. */
export function openFileStore(env: NodeJS.ProcessEnv = process.env): FileStore {
  const settings = fileStoreSettingsOf(env);
  if (settings.FILE_STORE === 'local-disk') return new LocalDiskStore(path.resolve(settings.FILES_DIR));
  return new ObjectStore({
    url: settings.OBJECT_STORE_URL,
    region: settings.OBJECT_STORE_REGION,
    bucket: settings.OBJECT_STORE_BUCKET,
    accessKey: settings.OBJECT_STORE_ACCESS_KEY,
    secretKey: settings.OBJECT_STORE_SECRET_KEY,
    createBucket: settings.OBJECT_STORE_CREATE_BUCKET,
  });
}
