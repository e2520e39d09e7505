import type { Provider } from '@nestjs/common';
import { FileStore } from './stores/file-store';
import { openFileStore } from './stores/open-file-store';

/** The process's file store, prepared (its bucket there) before the service takes requests. */
export const FILE_STORE_PROVIDER: Provider = {
  provide: FileStore,
  useFactory: async () => {
    const store = openFileStore();
    await store.prepare();
    return store;
  },
};

/** A readiness probe: the store answers (the bucket is reachable with the process's keys). */
export const fileStoreProbe = (store: FileStore) => ({ name: 'files', check: () => store.prepare() });
