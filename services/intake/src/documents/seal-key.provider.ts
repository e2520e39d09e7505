import type { Provider } from '@nestjs/common';
import { checkSettings } from '@makerspace/config';
import { loadSealKey, SealKey } from '@makerspace/documents';

/** The bureau's seal, read (or, on the local stack, made) once at start: a service that cannot sign does not start. */
export const SEAL_KEY = Symbol('SEAL_KEY');

export const SEAL_KEY_PROVIDER: Provider<Promise<SealKey>> = {
  provide: SEAL_KEY,
  useFactory: () => loadSealKey(checkSettings('intake')),
};
